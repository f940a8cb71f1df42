-- The participant's project beside each score (a participant never changes project), so that the analysis reads one
-- instrument's scores, per project, from one index without joining the participants.
alter table outcomes_score add column project_id uuid;
update outcomes_score s set project_id = p.project_id from outcomes_participant p where p.id = s.participant_id;
alter table outcomes_score alter column project_id set not null;
drop index outcomes_score_instrument_idx;
create index outcomes_score_analysis_idx on outcomes_score (instrument, project_id, participant_id, time_point)
    include (score);
