-- Accounts and Lucia-style sessions. Extensions used across the schema are created here.
create extension if not exists citext;
create extension if not exists pg_trgm;

create table users (
	id uuid primary key default gen_random_uuid(),
	email citext not null unique,
	name text not null,
	password_hash text not null,
	locale text not null default 'en' check (locale in ('en', 'fa')),
	last_organisation_id uuid,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

-- id is the SHA-256 (hex) of the session token; the token itself is never stored.
create table sessions (
	id text primary key,
	user_id uuid not null references users (id) on delete cascade,
	expires_at timestamptz not null,
	created_at timestamptz not null default now()
);
create index sessions_user_id_idx on sessions (user_id);

-- Failed logins, kept in the database so that every app instance sees the same count.
create table login_failures (
	id bigint generated always as identity primary key,
	account citext not null,
	address text not null,
	failed_at timestamptz not null default now()
);
create index login_failures_account_idx on login_failures (account, failed_at);
create index login_failures_address_idx on login_failures (address, failed_at);
