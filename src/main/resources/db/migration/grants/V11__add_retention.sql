-- Retention: a grant's documents (reports, accounts, uploaded statements) are kept at least five years after the
-- grant ended; then the job lists the grant here and an officer confirms the deletion.
create table grants_retention (
    grant_id      uuid primary key references grants_grant (id),
    ended_at      timestamp with time zone not null,
    listed_at     timestamp with time zone not null,
    deleted_at    timestamp with time zone,
    deleted_by    text
);
