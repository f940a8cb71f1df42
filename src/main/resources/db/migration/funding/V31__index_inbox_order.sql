-- The officer's inbox reads a call's submitted applications in submission order, 50 at a time
create index funding_application_inbox_idx on funding_application (call_id, submitted_at, id)
    where status not in ('DRAFT', 'WITHDRAWN');
