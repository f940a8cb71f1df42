-- Login throttling (Bucket4j's PostgreSQL backend): one token bucket per user name ("user:...") and per address
-- ("addr:..."), shared by every node. state is Bucket4j's serialised bucket; expires_at (epoch milliseconds) is when
-- the bucket is full again and can be deleted; explicit_lock is the advisory lock id that guards the row.
create table platform_login_throttle (
    id            text primary key,
    state         bytea,
    expires_at    bigint,
    explicit_lock bigint
);
create index platform_login_throttle_expires_idx on platform_login_throttle (expires_at);
