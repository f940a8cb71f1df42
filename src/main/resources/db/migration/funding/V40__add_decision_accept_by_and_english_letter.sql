-- The acceptance deadline the letter states (the grant is created with it), and the letter in English beside the
-- Danish one; both are kept as sent.
alter table funding_decision add column accept_by date;
alter table funding_decision add column letter_en bytea;
