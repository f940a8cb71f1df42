create table projects_project (
    id                uuid primary key,
    version           bigint not null default 0,
    name              text not null,
    summary           text not null,
    lead_organisation text not null,
    offer_type        text not null,
    start_date        date not null,
    end_date          date,
    status            text not null,
    publicly_visible  boolean not null,
    grant_id          uuid,
    created_at        timestamp with time zone not null,
    check (end_date is null or end_date >= start_date)
);

create table projects_project_target_group (
    project_id   uuid not null references projects_project (id) on delete cascade,
    target_group text not null,
    primary key (project_id, target_group)
);

create table projects_project_municipality (
    project_id        uuid not null references projects_project (id) on delete cascade,
    municipality_code varchar(4) not null,
    primary key (project_id, municipality_code)
);
create index projects_project_municipality_code_idx on projects_project_municipality (municipality_code);

create table projects_project_staff (
    project_id uuid not null references projects_project (id) on delete cascade,
    username   text not null,
    primary key (project_id, username)
);
create index projects_project_staff_username_idx on projects_project_staff (username);
