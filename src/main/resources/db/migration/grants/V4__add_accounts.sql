-- The grantee's accounts: the actual amounts go into the grant's budget (the application's, budget module); kept
-- here are the declaration (who signs; the sworn statement), the explanations of lines that deviate, and the review.
create table grants_accounts (
    obligation_id  uuid primary key references grants_obligation (id),
    signer         text,
    sworn          boolean not null default false,
    saved_at       timestamp with time zone,
    saved_by       text,
    submitted_at   timestamp with time zone,
    officer_message text,
    reviewed_at    timestamp with time zone,
    reviewed_by    text
);

create table grants_accounts_explanation (
    obligation_id uuid not null references grants_accounts (obligation_id) on delete cascade,
    line_id       uuid not null,
    explanation   text not null,
    primary key (obligation_id, line_id)
);
