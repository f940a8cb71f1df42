create table platform_account (
    id            uuid primary key,
    version       bigint not null default 0,
    username      text not null unique,
    display_name  text not null,
    email         text,
    password_hash text,
    enabled       boolean not null default true,
    demo          boolean not null default false,
    created_at    timestamp with time zone not null
);

create table platform_account_role (
    account_id uuid not null references platform_account (id) on delete cascade,
    role       text not null,
    primary key (account_id, role)
);

create table platform_audit_event (
    id           uuid primary key,
    occurred_at  timestamp with time zone not null,
    actor        text not null,
    subject_type text not null,
    subject_id   text not null,
    action       text not null,
    detail       text
);
create index platform_audit_event_subject_idx on platform_audit_event (subject_type, subject_id, occurred_at desc);
create index platform_audit_event_time_idx on platform_audit_event (occurred_at desc);
