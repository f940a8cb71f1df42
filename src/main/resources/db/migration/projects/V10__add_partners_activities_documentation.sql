-- A project's partners, activities (sessions), documentation, results and lessons, and its grant.
alter table projects_project
    add column results          text not null default '',
    add column lessons          text not null default '',
    add column grant_amount_ore bigint check (grant_amount_ore is null or grant_amount_ore >= 0);

create table projects_partner (
    project_id   uuid not null references projects_project (id) on delete cascade,
    position     integer not null,
    organisation text not null,
    role         text not null,
    sector       text not null,
    primary key (project_id, position)
);

create table projects_activity (
    project_id   uuid not null references projects_project (id) on delete cascade,
    position     integer not null,
    title        text not null,
    held_on      date not null,
    place        text,
    digital      boolean not null,
    participants integer not null check (participants >= 0),
    primary key (project_id, position)
);
create index projects_activity_held_on_idx on projects_activity (held_on);

-- documentation items; an uploaded file's bytes live in projects_document_file, not in this row
create table projects_document (
    id               uuid primary key,
    project_id       uuid not null references projects_project (id) on delete cascade,
    kind             text not null,
    title            text not null,
    description      text not null default '',
    public_item      boolean not null,
    link             text,
    file_name        text,
    content_type     text,
    file_size        bigint,
    publication_id   uuid,
    added_at         timestamp with time zone not null,
    added_by         text not null,
    check (link is not null or file_name is not null)
);
create index projects_document_project_idx on projects_document (project_id);

create table projects_document_file (
    document_id uuid primary key references projects_document (id) on delete cascade,
    content     bytea not null
);

create index projects_project_public_idx on projects_project (publicly_visible, status);
