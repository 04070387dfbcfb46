-- When the one-time links of a message were cut from its body (on delivery, on a one-time reveal in the
-- outbox, or when its retention ended). Null: the body may still hold a usable link. Rows written before this
-- column existed are scrubbed by the delivery job on its next run.
alter table mail_message add column scrubbed_at timestamp with time zone;
