-- Scheduled jobs (ShedLock): one row per job name; a node runs the job only while it holds the row's lock
-- (lock_until in the future, database time in UTC), so each job runs on one node at a time.
create table platform_shedlock (
    name       varchar(64) primary key,
    lock_until timestamp not null,
    locked_at  timestamp not null,
    locked_by  varchar(255) not null
);
