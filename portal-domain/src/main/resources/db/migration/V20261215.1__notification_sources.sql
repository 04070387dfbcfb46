-- Which due notice a commitment has had (0 none, 1 due this week, 2 overdue), so the daily job tells its
-- organization's people once per stage.
alter table plan_commitment add column due_notice integer default 0 not null;

-- Which breach a staff notice was sent for (0 none, 1 response target, 2 resolution target).
alter table escalation add column breach_notice integer default 0 not null;

-- A survey wave planned to open later waits here until the job tells its audience's people that it opened.
alter table survey_wave add column announce_pending boolean default false not null;
