create table budget_budget (
    id         uuid primary key,
    version    bigint not null default 0,
    owner_type text not null,
    owner_id   uuid not null,
    first_year int not null,
    last_year  int not null check (last_year >= first_year),
    unique (owner_type, owner_id)
);

create table budget_line (
    id        uuid primary key,
    budget_id uuid not null references budget_budget (id) on delete cascade,
    position  int not null,
    category  text not null,
    text      text not null
);
create index budget_line_budget_idx on budget_line (budget_id);

create table budget_line_planned (
    line_id     uuid not null references budget_line (id) on delete cascade,
    budget_year int not null,
    amount_ore  bigint not null check (amount_ore >= 0),
    primary key (line_id, budget_year)
);

create table budget_line_actual (
    line_id     uuid not null references budget_line (id) on delete cascade,
    budget_year int not null,
    amount_ore  bigint not null,
    primary key (line_id, budget_year)
);

create table budget_funding (
    id          uuid primary key,
    budget_id   uuid not null references budget_budget (id) on delete cascade,
    position    int not null,
    funder      text not null,
    kind        text not null,
    budget_year int not null,
    amount_ore  bigint not null check (amount_ore > 0),
    status      text not null
);
create index budget_funding_budget_idx on budget_funding (budget_id);

create table budget_rule (
    budget_id          uuid not null references budget_budget (id) on delete cascade,
    position           int not null,
    rule_type          text not null,
    funder             text not null,
    share_basis_points int not null check (share_basis_points between 0 and 10000),
    rest_kind          text,
    primary key (budget_id, position)
);
