-- Editors feature items (issue 15): featured items lead the partner's home and the library.
alter table content_item add column featured boolean default false not null;
