-- The national conference of a process: programme, invitations of key political people (personal links, tokens
-- stored as SHA-256 hashes) and public registration with a capacity and a waiting list.
create table roundtable_conference (
    id            uuid primary key,
    version       bigint not null default 0,
    roundtable_id uuid not null unique references roundtable_process (id) on delete cascade,
    title         text not null,
    held_on       date not null,
    starts_at     time not null,
    ends_at       time,
    venue         text not null,
    capacity      integer not null check (capacity > 0),
    status        text not null,
    description   text
);

create table roundtable_conference_item (
    conference_id uuid not null references roundtable_conference (id) on delete cascade,
    position      integer not null,
    starts_at     time not null,
    title         text not null,
    speaker       text,
    primary key (conference_id, position)
);

create table roundtable_conference_invitation (
    id            uuid primary key,
    version       bigint not null default 0,
    conference_id uuid not null references roundtable_conference (id) on delete cascade,
    name          text not null,
    email         text not null,
    affiliation   text,
    language      text not null,
    token_hash    text not null unique,
    status        text not null,
    invited_at    timestamp with time zone not null,
    responded_at  timestamp with time zone
);
create unique index roundtable_conference_invitation_email_idx
    on roundtable_conference_invitation (conference_id, lower(email));

create table roundtable_conference_registration (
    id            uuid primary key,
    version       bigint not null default 0,
    conference_id uuid not null references roundtable_conference (id) on delete cascade,
    name          text not null,
    email         text not null,
    organisation  text,
    needs         text,
    consent       boolean not null,
    language      text not null,
    token_hash    text not null unique,
    status        text not null,
    registered_at timestamp with time zone not null,
    sequence      bigserial not null,
    cancelled_at  timestamp with time zone
);
-- one active registration per e-mail address and conference
create unique index roundtable_conference_registration_email_idx
    on roundtable_conference_registration (conference_id, lower(email)) where status <> 'CANCELLED';
create index roundtable_conference_registration_conference_idx
    on roundtable_conference_registration (conference_id, status, sequence);
