-- The part of a grant that has come back to its pool: the unpaid rest of a declined or returned grant, the reduction
-- of its last instalment when the accounts show unspent money, and repayments received. The pool's committed figure
-- is the granted amount less this; a grant given back before this column existed gave back all of it.
alter table funding_decision add column returned_ore bigint not null default 0 check (returned_ore >= 0);
update funding_decision set returned_ore = amount_ore where given_back_at is not null and amount_ore is not null;
