-- Whether the grantee lets the final report be published in the knowledge base when the grant closes, and when the
-- grant closed.
alter table grants_report add column publish boolean not null default false;
alter table grants_grant add column closed_at timestamp with time zone;
