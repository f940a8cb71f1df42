-- The signed accounts or the auditor's statement, kept in the platform's file storage (area "grants").
alter table grants_accounts add column document_key text;
alter table grants_accounts add column document_name text;
alter table grants_accounts add column document_type text;
alter table grants_accounts add column document_size bigint;
alter table grants_accounts add column document_sha256 text;
