-- The language the applicant filled in the application form in (a portal language tag such as 'hu'): the
-- confirmation, the decision and the first invitation are written in it. Null for earlier applications (English).
alter table partner_application add column language varchar(8);
