-- The call a grant was applied for, for the officer's follow-up filter (grants recorded before this have none).
alter table grants_grant add column call_id uuid;
create index grants_grant_call_idx on grants_grant (call_id);
