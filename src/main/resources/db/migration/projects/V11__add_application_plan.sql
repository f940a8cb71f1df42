-- What the granted application planned for documenting the project's effect, carried onto the project so that the
-- project lead sets up the measurements from it.
alter table projects_project add column planned_evaluation text;
alter table projects_project add column planned_instruments text;
