-- The licensee's registered Danish wording of a licensed scale (WEMWBS, SWEMWBS), loaded by an administrator.
-- Answers and items are stored one per line, in the order of the instrument's data file.
create table outcomes_instrument_wording (
    instrument  text        not null,
    version     int         not null,
    language    text        not null,
    instruction text,
    answers     text        not null,
    items       text        not null,
    loaded_at   timestamptz not null,
    loaded_by   text        not null,
    primary key (instrument, version, language)
);
