-- The co-funding rule's anchor is recognised by the funder's kind, not by a name typed exactly alike.
alter table budget_rule add column anchor_kind text;

-- Existing anchor rules (the roundtable's "the health committee pays at least 30 %") are anchored on committees.
update budget_rule set anchor_kind = 'COMMITTEE' where rule_type = 'ANCHOR_SHARE';

-- The rows of the health committee (typed "Sundhedsudvalget" in any case, with stray spaces) and of each anchor
-- rule's own funder become committee rows; every other row keeps its kind.
update budget_funding f set kind = 'COMMITTEE'
where lower(trim(f.funder)) = 'sundhedsudvalget'
   or exists (select 1 from budget_rule r
              where r.budget_id = f.budget_id and r.rule_type = 'ANCHOR_SHARE'
                and lower(trim(r.funder)) = lower(trim(f.funder)));
