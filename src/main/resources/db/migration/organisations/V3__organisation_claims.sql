-- Who may act for a CVR number (issue 14 point 2): every registration for a CVR is its own claim, pending until an
-- officer confirms it (or an organisation login through the OpenID Connect broker does); at most one confirmed claim
-- per CVR. The claim's party is the applicant organisation in the funding module that the claimant's applications
-- belong to: each claimant has their own, so no claimant sees another's data.
create table organisations_claim (
    id             uuid primary key,
    cvr            varchar(8) not null,
    name           text not null,
    party_id       uuid not null,
    claimant       text not null,
    claimant_name  text not null,
    email          text not null,
    language       varchar(2) not null default 'da' check (language in ('da', 'en')),
    status         text not null check (status in ('PENDING', 'CONFIRMED', 'REJECTED', 'EXPIRED')),
    created_at     timestamp with time zone not null,
    decided_at     timestamp with time zone,
    decided_by     text
);
create index organisations_claim_cvr_idx on organisations_claim (cvr);
create index organisations_claim_party_idx on organisations_claim (party_id);
create index organisations_claim_claimant_idx on organisations_claim (claimant);
create unique index organisations_claim_one_confirmed on organisations_claim (cvr) where status = 'CONFIRMED';

-- The confirmed organisation's administrator invites colleagues: the link carries a token (only its SHA-256 is kept).
create table organisations_invitation (
    id          uuid primary key,
    claim_id    uuid not null references organisations_claim (id) on delete cascade,
    email       text not null,
    token_hash  varchar(64) not null unique,
    invited_by  text not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    accepted_at timestamp with time zone,
    accepted_by text
);
create index organisations_invitation_claim_idx on organisations_invitation (claim_id);
