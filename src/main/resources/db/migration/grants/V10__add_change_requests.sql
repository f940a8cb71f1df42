-- Changes the grantee asks for during the grant: a later end (the final report and accounts move with it), money
-- moved between the budget's lines, or another partner. The officer approves or refuses; the history is kept.
create table grants_change_request (
    id            uuid primary key,
    grant_id      uuid not null references grants_grant (id),
    kind          varchar(10) not null check (kind in ('PERIOD', 'BUDGET', 'PARTNER')),
    reason        text not null,
    new_end_date  date,
    from_line     uuid,
    to_line       uuid,
    budget_year   int,
    amount_ore    bigint check (amount_ore > 0),
    partner       text,
    status        varchar(10) not null check (status in ('REQUESTED', 'APPROVED', 'REFUSED')),
    requested_at  timestamp with time zone not null,
    requested_by  text not null,
    decided_at    timestamp with time zone,
    decided_by    text,
    decision_note text
);
create index grants_change_request_grant_idx on grants_change_request (grant_id, requested_at);
