-- Participants are pseudonymous codes within a project: no name, CPR number or e-mail is ever stored here.
create table outcomes_participant (
    id              uuid primary key,
    version         bigint not null default 0,
    project_id      uuid not null,
    code            text not null unique,
    age_band        text,
    gender          text,
    consent_version text not null,
    consent_at      timestamp with time zone not null,
    withdrawn_at    timestamp with time zone,
    created_at      timestamp with time zone not null
);
create index outcomes_participant_project_idx on outcomes_participant (project_id);

-- One scored response per participant, instrument and time point, with the instrument version it was scored by.
create table outcomes_response (
    id                 uuid primary key,
    participant_id     uuid not null references outcomes_participant (id) on delete cascade,
    project_id         uuid not null,
    instrument         text not null,
    instrument_version int not null,
    time_point         text not null,
    answers            int[] not null,
    raw_score          int not null,
    score              numeric(6, 2) not null,
    source             text not null,
    answered_at        timestamp with time zone not null,
    unique (participant_id, instrument, time_point)
);
create index outcomes_response_project_idx on outcomes_response (project_id, instrument, time_point);

-- One-time links: only a hash of the token is stored; a link works once and expires.
create table outcomes_link (
    token_hash     text primary key,
    participant_id uuid not null references outcomes_participant (id) on delete cascade,
    instrument     text not null,
    time_point     text not null,
    expires_at     timestamp with time zone not null,
    used_at        timestamp with time zone,
    created_at     timestamp with time zone not null
);
create index outcomes_link_participant_idx on outcomes_link (participant_id);
