create table funding_programme (
    id             uuid primary key,
    version        bigint not null default 0,
    name_da        text not null,
    name_en        text,
    description_da text not null,
    description_en text,
    coordinator    text not null
);

create table funding_programme_goal (
    programme_id uuid not null references funding_programme (id) on delete cascade,
    position     int not null,
    da           text not null,
    en           text,
    primary key (programme_id, position)
);

create table funding_offer_type (
    programme_id uuid not null references funding_programme (id) on delete cascade,
    position     int not null,
    code         text not null,
    name_da      text not null,
    name_en      text,
    primary key (programme_id, position),
    unique (programme_id, code)
);

create table funding_target_group (
    programme_id uuid not null references funding_programme (id) on delete cascade,
    position     int not null,
    code         text not null,
    name_da      text not null,
    name_en      text,
    primary key (programme_id, position),
    unique (programme_id, code)
);

create table funding_pool (
    id                  uuid primary key,
    version             bigint not null default 0,
    programme_id        uuid not null references funding_programme (id),
    name_da             text not null,
    name_en             text,
    description_da      text not null,
    description_en      text,
    budget_ore          bigint not null check (budget_ore >= 0),
    min_grant_ore       bigint not null check (min_grant_ore >= 0),
    max_grant_ore       bigint not null check (max_grant_ore >= min_grant_ore),
    min_duration_months int,
    max_duration_months int
);
create index funding_pool_programme_idx on funding_pool (programme_id);
