-- Pseudonymous participants: a platform-generated code, never a name, CPR number or e-mail.
create table outcomes_participant (
    id              uuid primary key,
    project_id      uuid not null,
    code            varchar(16) not null unique,
    age_band        text,
    gender          text,
    consent_version text not null,
    consented_at    timestamp with time zone not null,
    withdrawn_at    timestamp with time zone,
    demo            boolean not null default false
);
create index outcomes_participant_project_idx on outcomes_participant (project_id);

-- One-time links: only the SHA-256 of the token is stored, so a database copy opens no questionnaire.
create table outcomes_link (
    token_hash     varchar(64) primary key,
    participant_id uuid not null references outcomes_participant (id) on delete cascade,
    instrument     text not null,
    time_point     text not null,
    expires_at     timestamp with time zone not null,
    used_at        timestamp with time zone
);

-- Each score with the instrument version it was computed with, and the item answers behind it.
create table outcomes_score (
    id                 uuid primary key,
    participant_id     uuid not null references outcomes_participant (id) on delete cascade,
    instrument         text not null,
    instrument_version int not null,
    time_point         text not null,
    answers            text not null,
    raw                int not null,
    score              numeric(6, 2) not null,
    source             text not null,
    recorded_at        timestamp with time zone not null,
    unique (participant_id, instrument, time_point)
);
