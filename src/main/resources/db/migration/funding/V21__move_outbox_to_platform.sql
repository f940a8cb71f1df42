-- The outbox belongs to the platform now (every module sends mail).
insert into platform_outbox (id, created_at, recipient, subject, body, attachment_name, attachment, delivered)
select id, created_at, recipient, subject, body, attachment_name, attachment, delivered from funding_outbox;
drop table funding_outbox;
