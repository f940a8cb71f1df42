-- The random sample of sworn statements: a share of the grants with a sworn statement is drawn to submit full
-- accounts. Each draw is kept with its seed and its population in order, so anyone can draw it again and get the
-- same grants.
alter table grants_pool_kind add column sample_percent int not null default 10
    check (sample_percent between 0 and 100);
alter table grants_pool_setting add column sample_percent int check (sample_percent between 0 and 100);

create table grants_sample (
    id             uuid primary key,
    pool_id        uuid not null,
    drawn_at       timestamp with time zone not null,
    drawn_by       text not null,
    seed           bigint not null,
    share_percent  int not null,
    population     int not null,
    selected       int not null
);
create index grants_sample_pool_idx on grants_sample (pool_id, drawn_at);

create table grants_sample_grant (
    sample_id  uuid not null references grants_sample (id),
    position   int not null,
    grant_id   uuid not null references grants_grant (id) unique,
    selected   boolean not null,
    primary key (sample_id, position)
);
