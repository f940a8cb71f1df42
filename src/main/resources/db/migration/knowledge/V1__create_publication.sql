create table knowledge_publication (
    id               uuid primary key,
    version          bigint not null default 0,
    title            text not null,
    summary          text not null,
    kind             text not null,
    offer_type       text,
    art_form         text,
    instrument       text,
    publication_year integer not null,
    publicly_visible boolean not null,
    file_name        text,
    content_type     text,
    extracted_text   text not null,
    published_at     timestamp with time zone not null,
    published_by     text not null
);

create table knowledge_publication_target_group (
    publication_id uuid not null references knowledge_publication (id) on delete cascade,
    target_group   text not null,
    primary key (publication_id, target_group)
);

create table knowledge_publication_municipality (
    publication_id    uuid not null references knowledge_publication (id) on delete cascade,
    municipality_code varchar(4) not null,
    primary key (publication_id, municipality_code)
);

-- the uploaded file itself, apart from the row that lists and searches read
create table knowledge_publication_file (
    publication_id uuid primary key references knowledge_publication (id) on delete cascade,
    content        bytea not null
);
