-- The program's discovery survey: answering it in an attributed wave completes the onboarding step of that
-- name. At most one survey carries the mark; the service moves it (a partial unique index would not run on H2).
alter table survey add column discovery boolean not null default false;
