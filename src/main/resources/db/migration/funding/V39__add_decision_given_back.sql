-- A granted decision whose grant the grantee declined or gave back: the money returns to the pool, so the pool's
-- committed figure leaves it out; the decision and its letter are kept.
alter table funding_decision add column given_back_at timestamp with time zone;
alter table funding_decision add column given_back_reason text;
