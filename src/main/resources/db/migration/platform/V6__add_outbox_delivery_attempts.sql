-- Mail delivery with retries: each attempt is counted, the last error kept, the next attempt scheduled with
-- back-off; after the last attempt the mail is given up (an administrator can send it again at /admin/outbox).
-- claimed_until is the claim: a node that takes a mail sets it (and next_attempt_at) a lease ahead first, so no
-- other node sends it at the same time; a node that dies while sending leaves it to be tried when the lease ends. Rows written before this migration (and every row without a mail server) have none.
alter table platform_outbox add column attempts int not null default 0;
alter table platform_outbox add column last_attempt_at timestamp with time zone;
alter table platform_outbox add column last_error text;
alter table platform_outbox add column next_attempt_at timestamp with time zone;
alter table platform_outbox add column gave_up_at timestamp with time zone;
alter table platform_outbox add column claimed_until timestamp with time zone;
create index platform_outbox_due_idx on platform_outbox (next_attempt_at)
    where not delivered and next_attempt_at is not null;
create index platform_outbox_undelivered_idx on platform_outbox (last_attempt_at desc)
    where not delivered and attempts > 0;
