-- Milestones of a process's iterations (mobilisation, mission visualisation, mid-term evaluation, final report,
-- conference) and the e-mail reminders sent about assignments.
create table roundtable_milestone (
    id            uuid primary key,
    version       bigint not null default 0,
    roundtable_id uuid not null references roundtable_process (id) on delete cascade,
    iteration     integer not null,
    kind          text not null,
    title         text not null,
    due_date      date not null,
    status        text not null,
    done_on       date,
    responsible   text not null,
    check ((status = 'DONE') = (done_on is not null))
);
create index roundtable_milestone_roundtable_idx on roundtable_milestone (roundtable_id, due_date);

-- One row per assignment and kind of reminder: the unique key makes sure a reminder is mailed exactly once, even
-- when several nodes run the job at the same time (insert ... on conflict do nothing, in the mail's transaction).
create table roundtable_assignment_reminder (
    id            uuid primary key,
    assignment_id uuid not null references roundtable_assignment (id) on delete cascade,
    kind          text not null,
    sent_at       timestamp with time zone not null,
    recipients    text not null,
    unique (assignment_id, kind)
);
create index roundtable_assignment_reminder_sent_idx on roundtable_assignment_reminder (sent_at desc);
