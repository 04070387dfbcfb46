-- One row per scheduled job: the node holding it and until when (ShedLock's JDBC provider).
-- Several application nodes share one database; a job runs on whichever node takes the row first.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
