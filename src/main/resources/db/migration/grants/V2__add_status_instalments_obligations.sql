-- The grant's life after the decision: the grantee's acceptance, the payment plan and the reporting obligations
alter table grants_grant add column pool_id uuid;
alter table grants_grant add column grantee varchar(100);
alter table grants_grant add column cvr varchar(20);
alter table grants_grant add column status varchar(20) not null default 'OFFERED'
    check (status in ('OFFERED', 'ACCEPTED', 'DECLINED', 'ACTIVE', 'RETURNED', 'CLOSED'));
alter table grants_grant add column accept_by date;
alter table grants_grant add column status_changed_at timestamp with time zone;
alter table grants_grant add column status_changed_by varchar(100);
alter table grants_grant add column status_reason text;
create index grants_grant_grantee on grants_grant (grantee);
create index grants_grant_pool on grants_grant (pool_id);

-- How grants of a kind of pool are paid and reported: the instalment shares in per cent (first at acceptance,
-- middle ones after approved status reports, the last after the approved final report), the amount above which a
-- release needs a second officer, and how often status reports are due
create table grants_pool_kind (
    kind                   varchar(20) primary key,
    shares                 varchar(100) not null,
    four_eyes_above_ore    bigint not null check (four_eyes_above_ore >= 0),
    status_report_months   int check (status_report_months > 0),
    final_report_months    int not null check (final_report_months >= 0),
    max_grant_ore          bigint
);
insert into grants_pool_kind (kind, shares, four_eyes_above_ore, status_report_months, final_report_months, max_grant_ore)
values ('SMALL', '100', 2500000, null, 2, 5000000),
       ('SIGNATURE', '40,40,20', 20000000, 12, 3, null);

-- A pool's own four-eyes amount, where it differs from its kind's
create table grants_pool_setting (
    pool_id             uuid primary key,
    kind                varchar(20) references grants_pool_kind (kind),
    four_eyes_above_ore bigint check (four_eyes_above_ore >= 0)
);

create table grants_instalment (
    id              uuid primary key,
    grant_id        uuid not null references grants_grant (id) on delete cascade,
    number          int not null,
    share_percent   int not null,
    amount_ore      bigint not null check (amount_ore >= 0),
    released_by_obligation uuid,
    status          varchar(20) not null
        check (status in ('PLANNED', 'DUE', 'AWAITING_APPROVAL', 'RELEASED', 'PAID', 'CANCELLED')),
    requested_at    timestamp with time zone,
    requested_by    varchar(100),
    released_at     timestamp with time zone,
    released_by     varchar(100),
    paid_at         timestamp with time zone,
    paid_by         varchar(100),
    unique (grant_id, number)
);
create index grants_instalment_status on grants_instalment (status);

create table grants_obligation (
    id           uuid primary key,
    grant_id     uuid not null references grants_grant (id) on delete cascade,
    kind         varchar(20) not null check (kind in ('ACCEPTANCE', 'STATUS_REPORT', 'FINAL_REPORT', 'ACCOUNTS')),
    number       int not null,
    due_date     date not null,
    status       varchar(20) not null
        check (status in ('OPEN', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'CANCELLED')),
    accounts_tier varchar(20),
    done_at      timestamp with time zone,
    unique (grant_id, kind, number)
);
create index grants_obligation_due on grants_obligation (status, due_date);
