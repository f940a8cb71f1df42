-- Pools: the rules an application is checked against
alter table funding_pool add column applicant_types text not null default 'ORGANISATION,INDIVIDUAL';
alter table funding_pool add column cofunding_percent int not null default 0 check (cofunding_percent between 0 and 100);
alter table funding_pool add column documentation_duty_da text;
alter table funding_pool add column documentation_duty_en text;

create table funding_pool_year_budget (
    pool_id     uuid not null references funding_pool (id) on delete cascade,
    budget_year int not null,
    amount_ore  bigint not null check (amount_ore >= 0),
    primary key (pool_id, budget_year)
);

-- Calls (opslag)
create table funding_call (
    id         uuid primary key,
    version    bigint not null default 0,
    pool_id    uuid not null references funding_pool (id),
    title_da   text not null,
    title_en   text,
    text_da    text not null,
    text_en    text,
    opens_at   timestamp with time zone not null,
    deadline   timestamp with time zone not null check (deadline > opens_at),
    status     text not null
);
create index funding_call_status_idx on funding_call (status, deadline);

create table funding_call_offer_type (
    call_id uuid not null references funding_call (id) on delete cascade,
    code    text not null,
    primary key (call_id, code)
);

create table funding_call_target_group (
    call_id uuid not null references funding_call (id) on delete cascade,
    code    text not null,
    primary key (call_id, code)
);

create table funding_call_criterion (
    call_id   uuid not null references funding_call (id) on delete cascade,
    position  int not null,
    name_da   text not null,
    name_en   text,
    weight    int not null check (weight between 1 and 100),
    scale_max int not null check (scale_max between 1 and 100),
    primary key (call_id, position)
);

create table funding_call_question (
    call_id         uuid not null references funding_call (id) on delete cascade,
    position        int not null,
    text_da         text not null,
    text_en         text,
    excluding_answer boolean not null,
    reason_da       text not null,
    reason_en       text,
    primary key (call_id, position)
);

create table funding_call_required_attachment (
    call_id  uuid not null references funding_call (id) on delete cascade,
    position int not null,
    code     text not null,
    name_da  text not null,
    name_en  text,
    primary key (call_id, position)
);

-- Applicants and their organisations (kept inside funding until the organisations module exists)
create table funding_applicant_organisation (
    id   uuid primary key,
    kind text not null,
    name text not null,
    cvr  text unique
);

create table funding_applicant (
    username           text primary key,
    name               text not null,
    email              text not null,
    organisation_id    uuid not null references funding_applicant_organisation (id),
    verification_token text unique,
    verified_at        timestamp with time zone,
    registered_at      timestamp with time zone not null
);
create index funding_applicant_organisation_idx on funding_applicant (organisation_id);

-- Applications
create sequence funding_receipt_seq;

create table funding_application (
    id                uuid primary key,
    version           bigint not null default 0,
    call_id           uuid not null references funding_call (id),
    organisation_id   uuid not null references funding_applicant_organisation (id),
    created_by        text not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    status            text not null,
    title             text,
    summary           text,
    offer_type        text,
    start_date        date,
    end_date          date,
    evaluation_plan   text,
    instruments       text,
    receipt_number    text unique,
    submitted_at      timestamp with time zone,
    screening_reason  text,
    info_request      text,
    info_answer       text,
    constraint funding_application_receipt check (status = 'DRAFT' or status = 'WITHDRAWN' or receipt_number is not null)
);
create index funding_application_call_idx on funding_application (call_id, status, submitted_at);
create index funding_application_organisation_idx on funding_application (organisation_id);

create table funding_application_target_group (
    application_id uuid not null references funding_application (id) on delete cascade,
    code           text not null,
    primary key (application_id, code)
);
create index funding_application_target_group_code_idx on funding_application_target_group (code, application_id);

create table funding_application_municipality (
    application_id uuid not null references funding_application (id) on delete cascade,
    code           text not null,
    primary key (application_id, code)
);
create index funding_application_municipality_code_idx on funding_application_municipality (code, application_id);

create table funding_application_partner (
    application_id uuid not null references funding_application (id) on delete cascade,
    position       int not null,
    name           text not null,
    role           text not null,
    primary key (application_id, position)
);

create table funding_attachment (
    id             uuid primary key,
    application_id uuid not null references funding_application (id) on delete cascade,
    kind           text not null,
    filename       text not null,
    content_type   text not null,
    size_bytes     bigint not null,
    storage_key    text not null unique,
    sha256         text not null,
    uploaded_at    timestamp with time zone not null,
    uploaded_by    text not null
);
create index funding_attachment_application_idx on funding_attachment (application_id);

-- Mails: every mail the platform sends, and the only copy when no SMTP server is configured
create table funding_outbox (
    id              uuid primary key,
    created_at      timestamp with time zone not null,
    recipient       text not null,
    subject         text not null,
    body            text not null,
    attachment_name text,
    attachment      bytea,
    delivered       boolean not null default false
);
create index funding_outbox_created_idx on funding_outbox (created_at desc);
