-- Staff administration: settings that administrators change at run time, and the guard that keeps at
-- least one active administrator.

-- One row per setting; a missing row means the configured default (see partner.PartnerVisibility).
create table portal_setting (
    name          varchar(80)  primary key,
    setting_value varchar(200) not null,
    changed_at    timestamp with time zone not null,
    changed_by    varchar(254) not null
);

-- A single row that every staff role or status change locks first. The last-administrator check then
-- counts committed rows only, so two administrators demoting each other at the same moment cannot both
-- succeed (row locks on the two accounts alone would not stop that: each transaction changes a different row).
create table staff_roster_lock (
    id integer primary key
);
insert into staff_roster_lock (id) values (1);
