-- One item per language in a translation group, so a reader's language picks exactly one version.
-- Rows that already break the rule (linked before it existed) keep the oldest item of each language in the
-- group and leave the others in a group of their own.
update content_item set translation_group = concat('solo-', cast(id as varchar(20)))
where id not in (select min(id) from content_item group by translation_group, language);

create unique index ux_content_item_group_language on content_item (translation_group, language);
