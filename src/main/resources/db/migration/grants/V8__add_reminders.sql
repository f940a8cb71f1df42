-- Reminders of a grant's obligations: one before the due date and one after it, each sent once (the primary key
-- claims it, however many nodes run the job).
create table grants_reminder (
    obligation_id uuid not null references grants_obligation (id),
    kind          varchar(10) not null check (kind in ('BEFORE', 'AFTER')),
    sent_at       timestamp with time zone not null,
    recipient     text not null,
    primary key (obligation_id, kind)
);
