-- Public outcome figures come from periodic releases: frozen snapshots with their date, never live queries.
create table outcomes_release (
    id            uuid primary key,
    number        int not null unique,
    released_at   timestamp with time zone not null,
    threshold     int not null,
    contains_demo boolean not null,
    released_by   text not null
);

-- A project's frozen contribution to releases: the moments of its complete pairs of one instrument and time point.
-- Attribute counts are rounded to base 5 here, once, so that every released share is a sum of rounded counts.
create table outcomes_release_basis (
    id                 uuid primary key,
    project_id         uuid not null,
    instrument         text not null,
    time_point         text not null,
    created_at         timestamp with time zone not null,
    n                  int not null,
    sum_before         double precision not null,
    sum_after          double precision not null,
    sum_change         double precision not null,
    sum_change_squares double precision not null,
    improved           int not null,
    worse              int not null,
    low_before         int,
    low_after          int
);
create index outcomes_release_basis_project_idx on outcomes_release_basis (project_id, instrument, time_point, created_at);

-- Who a contribution was computed from (pseudonymous ids only), so that a later contribution of the same project is
-- only made when it differs by at least the threshold in both directions.
create table outcomes_release_member (
    basis_id       uuid not null references outcomes_release_basis (id) on delete cascade,
    participant_id uuid not null,
    primary key (basis_id, participant_id)
);

-- The released table cells: one row per instrument, time point, grouping and group; n is null for no figures.
create table outcomes_release_cell (
    release_id         uuid not null references outcomes_release (id) on delete cascade,
    instrument         text not null,
    instrument_version int not null,
    time_point         text not null,
    grouping           text not null,
    group_key          text not null,
    position           int not null,
    projects           int not null,
    excluded_projects  int not null,
    n                  int,
    mean_before        double precision,
    mean_after         double precision,
    mean_change        double precision,
    ci_low             double precision,
    ci_high            double precision,
    share_improved     double precision,
    share_worse        double precision,
    share_low_before   double precision,
    share_low_after    double precision,
    primary key (release_id, instrument, time_point, grouping, group_key)
);
