create table organisations_organisation (
    id                uuid primary key,
    version           bigint not null default 0,
    name              text not null,
    type              text not null,
    sector            text not null,
    cvr               varchar(8),
    municipality_code varchar(4),
    created_at        timestamp with time zone not null
);
create index organisations_organisation_name_idx on organisations_organisation (lower(name));

create table organisations_contact (
    id              uuid primary key,
    organisation_id uuid not null references organisations_organisation (id) on delete cascade,
    name            text not null,
    title           text,
    email           text,
    username        text
);
create index organisations_contact_organisation_idx on organisations_contact (organisation_id);
create index organisations_contact_username_idx on organisations_contact (username);
