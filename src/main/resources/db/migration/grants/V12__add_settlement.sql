-- What a grant comes to: once its accounts are approved, the part of the grant its actual spending entitles the
-- grantee to (the grant's share of the budget applied to what was actually spent, never more than the grant); the
-- rest is taken off the unpaid instalments, last first, and what was paid beyond it is claimed back. A grant given
-- back is settled at once: what was paid is claimed back unless the officer accepts documented expenses.
create table grants_settlement (
    grant_id          uuid primary key references grants_grant (id) on delete cascade,
    basis             varchar(20) not null check (basis in ('ACCOUNTS', 'RETURNED')),
    planned_total_ore bigint,
    actual_total_ore  bigint,
    entitled_ore      bigint not null check (entitled_ore >= 0),
    reduced_ore       bigint not null default 0 check (reduced_ore >= 0),
    claim_ore         bigint not null default 0 check (claim_ore >= 0),
    claim_status      varchar(20) check (claim_status in ('OPEN', 'RECEIVED', 'WAIVED')),
    claim_due         date,
    claim_note        text,
    settled_at        timestamp with time zone not null,
    settled_by        varchar(100) not null,
    claim_closed_at   timestamp with time zone,
    claim_closed_by   varchar(100)
);
create index grants_settlement_open_claim on grants_settlement (claim_status) where claim_status = 'OPEN';

