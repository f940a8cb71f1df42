-- The names of a publication's facet values (target groups, offer type, art form, municipalities) in Danish and
-- English, indexed with the Danish analysis so that a search for "ældre" finds what the facet "Ældre" counts.
alter table knowledge_publication add column terms text not null default '';
-- The project a publication documents (published from the project's documentation), for the link back to it.
alter table knowledge_publication add column project_id uuid;
