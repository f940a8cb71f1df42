-- Grants awarded from the funding module's decisions, published for transparency
create table grants_grant (
    id             uuid primary key,
    application_id uuid not null unique,
    title          text not null,
    organisation   text not null,
    amount_ore     bigint not null check (amount_ore > 0),
    conditions     text,
    start_date     date,
    end_date       date,
    award_year     int not null,
    municipalities text not null,
    awarded_at     timestamp with time zone not null
);
