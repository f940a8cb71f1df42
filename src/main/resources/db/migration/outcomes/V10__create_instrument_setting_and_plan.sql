-- The administrator's switch per licensed instrument (WEMWBS, SWEMWBS). No row: the instrument is on.
create table outcomes_instrument_setting (
    instrument text primary key,
    enabled    boolean not null,
    changed_at timestamp with time zone not null,
    changed_by text not null
);

-- A project's measurement plan: which instrument at which time point; the follow-up N months after the end.
create table outcomes_plan_entry (
    project_id        uuid not null,
    instrument        text not null,
    time_point        text not null,
    months_after_end  int,
    primary key (project_id, instrument, time_point),
    check (time_point in ('BASELINE', 'END', 'FOLLOW_UP')),
    check ((time_point = 'FOLLOW_UP') = (months_after_end is not null)),
    check (months_after_end is null or months_after_end between 1 and 36)
);

-- The analysis reads one instrument's scores per participant; this index covers it without the heap.
create index outcomes_score_instrument_idx on outcomes_score (instrument, participant_id, time_point) include (score);
