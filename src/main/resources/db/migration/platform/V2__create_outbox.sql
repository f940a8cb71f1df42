-- Mails: every mail the platform sends, and the only copy when no SMTP server is configured.
-- (Was funding_outbox; funding's V21 moves existing rows here and drops its table.)
create table platform_outbox (
    id              uuid primary key,
    created_at      timestamp with time zone not null,
    recipient       text not null,
    subject         text not null,
    body            text not null,
    attachment_name text,
    attachment      bytea,
    delivered       boolean not null default false
);
create index platform_outbox_created_idx on platform_outbox (created_at desc);
create index platform_outbox_recipient_idx on platform_outbox (recipient);
