-- Reviewers' organisations (for the conflict-of-interest warning)
create table funding_reviewer (
    username     varchar(100) primary key,
    organisation text
);

-- Review settings of a call
create table funding_review_setting (
    call_id                uuid primary key references funding_call (id) on delete cascade,
    hide_until_submitted   boolean not null default true,
    disagreement_threshold int not null default 20 check (disagreement_threshold between 1 and 100)
);

-- A reviewer assigned to an application, the conflict-of-interest declaration and the scores
create table funding_review_assignment (
    id              uuid primary key,
    application_id  uuid not null references funding_application (id),
    call_id         uuid not null references funding_call (id),
    reviewer        varchar(100) not null,
    assigned_at     timestamp with time zone not null,
    assigned_by     varchar(100) not null,
    declaration     varchar(20) check (declaration in ('NONE', 'CONFLICT')),
    conflict_ground varchar(40),
    conflict_note   text,
    declared_at     timestamp with time zone,
    submitted_at    timestamp with time zone,
    unique (application_id, reviewer)
);
create index funding_review_assignment_reviewer on funding_review_assignment (reviewer);
create index funding_review_assignment_call on funding_review_assignment (call_id);

create table funding_review_score (
    assignment_id uuid not null references funding_review_assignment (id) on delete cascade,
    position      int not null,
    score         int not null,
    comment       text,
    primary key (assignment_id, position)
);

-- The reviewers' discussion of an application
create table funding_review_comment (
    id             uuid primary key,
    application_id uuid not null references funding_application (id),
    author         varchar(100) not null,
    written_at     timestamp with time zone not null,
    text           text not null
);

-- The decision on an application and its letter
create table funding_decision (
    application_id uuid primary key references funding_application (id),
    pool_id        uuid not null references funding_pool (id),
    outcome        varchar(20) not null check (outcome in ('GRANTED', 'REJECTED')),
    amount_ore     bigint check (amount_ore > 0),
    conditions     text,
    reason         text,
    decided_at     timestamp with time zone not null,
    decided_by     varchar(100) not null,
    letter         bytea not null
);
create index funding_decision_pool on funding_decision (pool_id);
