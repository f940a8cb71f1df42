-- What a grant takes of each budget year of its pool, so that decisions keep every year within its budget
create table funding_decision_year (
    application_id uuid not null references funding_decision (application_id) on delete cascade,
    budget_year    int not null,
    amount_ore     bigint not null check (amount_ore > 0),
    primary key (application_id, budget_year)
);
create index funding_decision_year_year_idx on funding_decision_year (budget_year);

-- A call's listed attachment may be optional
alter table funding_call_required_attachment add column required boolean not null default true;
