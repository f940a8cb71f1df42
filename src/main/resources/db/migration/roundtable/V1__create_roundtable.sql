create table roundtable_process (
    id         uuid primary key,
    version    bigint not null default 0,
    name       text not null,
    purpose    text not null,
    first_year integer not null,
    last_year  integer not null,
    created_at timestamp with time zone not null,
    check (last_year >= first_year)
);

create table roundtable_actor (
    id               uuid primary key,
    roundtable_id    uuid not null references roundtable_process (id) on delete cascade,
    organisation_id  uuid not null,
    level            text not null,
    influence        integer not null check (influence between 1 and 5),
    interest         integer not null check (interest between 1 and 5),
    incentives       text,
    frame_conditions text,
    invited          boolean not null,
    unique (roundtable_id, organisation_id)
);

create table roundtable_relation (
    id            uuid primary key,
    roundtable_id uuid not null references roundtable_process (id) on delete cascade,
    from_actor    uuid not null references roundtable_actor (id) on delete cascade,
    to_actor      uuid not null references roundtable_actor (id) on delete cascade,
    kind          text not null,
    strength      integer not null check (strength between 1 and 5),
    check (from_actor <> to_actor)
);
create index roundtable_relation_roundtable_idx on roundtable_relation (roundtable_id);

create table roundtable_workshop (
    id            uuid primary key,
    version       bigint not null default 0,
    roundtable_id uuid not null references roundtable_process (id) on delete cascade,
    iteration     integer not null,
    title         text not null,
    held_on       date not null,
    venue         text not null,
    theme         text not null,
    agenda        text,
    minutes       text,
    outputs       text
);
create index roundtable_workshop_roundtable_idx on roundtable_workshop (roundtable_id);

create table roundtable_workshop_invited (
    workshop_id uuid not null references roundtable_workshop (id) on delete cascade,
    contact_id  uuid not null,
    primary key (workshop_id, contact_id)
);

create table roundtable_workshop_attended (
    workshop_id uuid not null references roundtable_workshop (id) on delete cascade,
    contact_id  uuid not null,
    primary key (workshop_id, contact_id)
);

create table roundtable_assignment (
    id                 uuid primary key,
    version            bigint not null default 0,
    roundtable_id      uuid not null references roundtable_process (id) on delete cascade,
    workshop_id        uuid not null references roundtable_workshop (id) on delete cascade,
    task               text not null,
    owner_contact      uuid,
    owner_organisation uuid,
    due_date           date not null,
    status             text not null,
    delivery_note      text,
    file_name          text,
    file_type          text,
    file_content       bytea,
    delivered_by       text,
    delivered_at       timestamp with time zone,
    check ((owner_contact is null) <> (owner_organisation is null))
);
create index roundtable_assignment_roundtable_idx on roundtable_assignment (roundtable_id);
