-- The language a contact person reads mail from the platform in (reminders): Danish unless chosen otherwise.
alter table organisations_contact add column language varchar(2) not null default 'da'
    check (language in ('da', 'en'));
