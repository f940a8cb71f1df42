-- A submitted application can be changed until the call's deadline; the flag says it has changed since its
-- receipt and must be submitted again (with a new receipt number) for the changes to be acknowledged
alter table funding_application add column changed_after_submission boolean not null default false;
