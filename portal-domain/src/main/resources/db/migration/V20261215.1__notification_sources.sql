-- Which due notice a commitment has had (0 none, 1 due this week, 2 overdue), so the daily job tells its
-- organization's people once per stage.
alter table plan_commitment add column due_notice smallint default 0 not null;
