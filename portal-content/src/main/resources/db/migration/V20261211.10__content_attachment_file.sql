-- Content attachment bytes live in the database, so every node serves every file (docs/operations.md).
-- One row per attachment, apart from content_attachment so that listing attachments never reads the bytes.
-- Files written to portal.content.attachments.directory by earlier versions are imported once at start-up
-- (content.AttachmentFileImport).
create table content_attachment_file (
    attachment_id bigint primary key references content_attachment (id) on delete cascade,
    content       bytea  not null
);
