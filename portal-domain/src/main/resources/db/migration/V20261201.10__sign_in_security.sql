-- Security version of an account: raised by a role change, a deactivation or reactivation and a password
-- change. A session or API token carries the version it was issued under and stops working at its next
-- request once the account has moved on.
alter table portal_user add column security_version bigint not null default 0;
alter table api_token add column security_version bigint not null default 0;

-- Failed sign-ins are now counted per client address and per account-and-address, each under a key that
-- is a SHA-256, so neither the typed login nor the address is stored. The rows are short-lived counters:
-- starting from an empty table loses nothing that matters.
drop table login_throttle;
create table login_throttle (
    throttle_key      varchar(64) primary key,
    failures          integer     not null,
    window_started_at timestamp with time zone not null,
    locked_until      timestamp with time zone,
    -- How many times this key was locked: each lock lasts twice as long as the one before.
    locks             integer     not null default 0
);
create index ix_login_throttle_locked on login_throttle (locked_until);
