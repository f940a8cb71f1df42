-- Where a municipality's population comes from and when it was counted, so that an administrator can load the
-- official figures (Statistics Denmark, FOLK1A) for every municipality and the maps can say what they divide by.
alter table geography_municipality add column population_as_of text;
alter table geography_municipality add column population_source text;
update geography_municipality set population_source = 'Danmarks Statistik' where population is not null;
