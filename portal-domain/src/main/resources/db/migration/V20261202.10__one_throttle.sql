-- One table for every counter per hashed key and window: failed sign-ins, partner applications and
-- certificate lookups. The rows of the three tables it replaces move over, so no running limit is reset.
create table throttle_entry (
    kind              varchar(40) not null,
    throttle_key      varchar(64) not null,
    attempts          integer     not null,
    window_started_at timestamp with time zone not null,
    locked_until      timestamp with time zone,
    -- How many times this key was locked: each lock lasts twice as long as the one before (sign-in only).
    locks             integer     not null default 0,
    primary key (kind, throttle_key)
);
create index ix_throttle_entry_locked on throttle_entry (locked_until);

insert into throttle_entry (kind, throttle_key, attempts, window_started_at, locked_until, locks)
select 'SIGN_IN', throttle_key, failures, window_started_at, locked_until, locks from login_throttle;
insert into throttle_entry (kind, throttle_key, attempts, window_started_at)
select 'PARTNER_APPLICATION', address_key, submissions, window_started_at from application_throttle;
insert into throttle_entry (kind, throttle_key, attempts, window_started_at)
select 'CERTIFICATE_VERIFICATION', address_key, lookups, window_started_at from verification_throttle;

drop table login_throttle;
drop table application_throttle;
drop table verification_throttle;
