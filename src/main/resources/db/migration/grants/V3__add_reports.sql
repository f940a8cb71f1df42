-- The grantee's status and final reports: saved as drafts, submitted, approved or sent back with the officer's
-- message (the grantee's text is kept when changes are asked for)
create table grants_report (
    obligation_id   uuid primary key references grants_obligation (id) on delete cascade,
    done            text,
    deviations      text,
    results         text,
    participants    int check (participants >= 0),
    next_steps      text,
    officer_message text,
    saved_at        timestamp with time zone,
    saved_by        varchar(100),
    submitted_at    timestamp with time zone,
    reviewed_at     timestamp with time zone,
    reviewed_by     varchar(100)
);
