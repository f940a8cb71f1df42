-- An issued mid-term evaluation: the PDF as it was on the day it was issued, kept in the file storage
-- (roundtable-evaluation/…) and never rendered again, with who issued it and when.
create table roundtable_evaluation_snapshot (
    id            uuid primary key,
    roundtable_id uuid not null references roundtable_process (id) on delete cascade,
    as_of         date not null,
    issued_at     timestamp with time zone not null,
    issued_by     text not null,
    storage_key   text not null unique,
    size_bytes    bigint not null check (size_bytes > 0),
    sha256        text not null
);
create index roundtable_evaluation_snapshot_process_idx on roundtable_evaluation_snapshot (roundtable_id, issued_at);
