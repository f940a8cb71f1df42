-- Notification preferences: per user and optional kind of mail, at once (the default, no row), in a daily digest
-- or not by mail. Receipts, decisions, account mails and reminders of legal duties are always sent and have no row.
create table platform_mail_preference (
    username text not null,
    kind     text not null,
    choice   text not null check (choice in ('IMMEDIATELY', 'DAILY_DIGEST', 'OFF')),
    primary key (username, kind)
);

-- Mails waiting for the recipient's daily digest; the digest job deletes them in the transaction that writes the
-- digest to the outbox.
create table platform_mail_digest_item (
    id         uuid primary key,
    created_at timestamp with time zone not null,
    recipient  text not null,
    kind       text not null,
    subject    text not null,
    body       text not null
);
create index platform_mail_digest_item_recipient_idx on platform_mail_digest_item (recipient, created_at);
