-- Industry audiences: an item may be for partners in some industries only ('|a|b|' like the tier and region
-- lists; empty = every industry). Matched against the industries in the partner organization's profile.
alter table content_item add column audience_industries varchar(2000) not null default '';
