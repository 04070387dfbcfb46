-- Spring Modulith's event publication registry (ADR 012): one row per event and after-commit module listener,
-- written in the publishing transaction and completed when the listener's own transaction commits. Rows
-- without a completion date are the reactions still owed; they are resubmitted on restart and by
-- EventPublicationRetries. Columns follow Modulith 2.1's JPA mapping (JpaEventPublication and
-- DefaultJpaEventPublication, validated by Hibernate at start-up); lengths follow its own JDBC schema for H2.
-- The serialized event is a small JSON record (ids and codes), so varchar(4000) serves H2 and PostgreSQL alike.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar(4000)            not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer                  not null default 0,
    last_resubmission_date timestamp with time zone
);
-- Incomplete publications are looked up by "completion_date is null" (restart, retries, completion of a
-- listener); completed ones are purged by age. A B-tree index answers both on H2 and PostgreSQL.
create index ix_event_publication_completion_date on event_publication (completion_date);
