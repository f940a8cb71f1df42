-- Two-factor login (TOTP, RFC 6238) for local accounts. secret is the Base32 shared secret of the user's
-- authenticator app; last_used_step is the 30-second time step of the last accepted code, so that a code is
-- accepted once only. Recovery codes are stored hashed (the platform's PasswordEncoder) and deleted when used.
create table platform_two_factor (
    account_id     uuid primary key references platform_account (id) on delete cascade,
    secret         text not null,
    enrolled_at    timestamp with time zone not null,
    last_used_step bigint not null default 0
);

create table platform_two_factor_recovery_code (
    id         uuid primary key,
    account_id uuid not null references platform_two_factor (account_id) on delete cascade,
    code_hash  text not null
);
create index platform_two_factor_recovery_code_account_idx on platform_two_factor_recovery_code (account_id);
