-- The language a message was written in (a portal language tag such as 'ko'); null for mail queued as
-- ready-made text before messages were written in the recipient's language. Sent as Content-Language.
alter table mail_message add column language varchar(8);
