-- The outputs of a roundtable process: the mission (future picture) in versions with its visual artefacts and
-- endorsements, recommendations with dot voting per workshop, and initiatives with their maturity assessment.

create table roundtable_mission_version (
    id            uuid primary key,
    roundtable_id uuid not null references roundtable_process (id) on delete cascade,
    number        integer not null check (number > 0),
    title         text not null,
    text_html     text not null,
    change_note   text,
    written_by    text not null,
    written_at    timestamp with time zone not null,
    unique (roundtable_id, number)
);

create table roundtable_mission_artefact (
    id               uuid primary key,
    roundtable_id    uuid not null references roundtable_process (id) on delete cascade,
    kind             text not null,
    title            text not null,
    text_alternative text not null,
    url              text,
    storage_key      text,
    file_name        text,
    content_type     text,
    size_bytes       bigint,
    added_by         text not null,
    added_at         timestamp with time zone not null,
    check ((url is null) <> (storage_key is null))
);
create index roundtable_mission_artefact_roundtable_idx on roundtable_mission_artefact (roundtable_id);

create table roundtable_mission_endorsement (
    id              uuid primary key,
    roundtable_id   uuid not null references roundtable_process (id) on delete cascade,
    version_id      uuid not null references roundtable_mission_version (id) on delete cascade,
    organisation_id uuid not null,
    endorsed_on     date not null,
    endorsed_by     text not null,
    recorded_by     text not null,
    recorded_at     timestamp with time zone not null,
    unique (version_id, organisation_id)
);

create table roundtable_recommendation (
    id            uuid primary key,
    version       bigint not null default 0,
    roundtable_id uuid not null references roundtable_process (id) on delete cascade,
    title         text not null,
    type          text not null,
    level         text not null,
    addressee     text not null,
    rationale     text not null,
    status        text not null,
    created_at    timestamp with time zone not null
);
create index roundtable_recommendation_roundtable_idx on roundtable_recommendation (roundtable_id);

create table roundtable_recommendation_publication (
    recommendation_id uuid not null references roundtable_recommendation (id) on delete cascade,
    publication_id    uuid not null,
    primary key (recommendation_id, publication_id)
);

create table roundtable_dot_vote (
    id                   uuid primary key,
    version              bigint not null default 0,
    roundtable_id        uuid not null references roundtable_process (id) on delete cascade,
    workshop_id          uuid not null unique references roundtable_workshop (id) on delete cascade,
    dots_per_participant integer not null check (dots_per_participant between 1 and 50),
    open                 boolean not null,
    opened_at            timestamp with time zone not null,
    closed_at            timestamp with time zone
);

create table roundtable_dot (
    vote_id           uuid not null references roundtable_dot_vote (id) on delete cascade,
    contact_id        uuid not null,
    recommendation_id uuid not null references roundtable_recommendation (id) on delete cascade,
    dots              integer not null check (dots > 0),
    primary key (vote_id, contact_id, recommendation_id)
);

create table roundtable_initiative (
    id              uuid primary key,
    version         bigint not null default 0,
    roundtable_id   uuid not null references roundtable_process (id) on delete cascade,
    name            text not null,
    description     text not null,
    lead            text,
    created_at      timestamp with time zone not null
);
create index roundtable_initiative_roundtable_idx on roundtable_initiative (roundtable_id);

create table roundtable_initiative_assessment (
    initiative_id uuid not null references roundtable_initiative (id) on delete cascade,
    criterion     text not null,
    score         integer not null check (score between 1 and 5),
    justification text not null,
    primary key (initiative_id, criterion)
);
