-- Organisations are the tenants: every row below them carries organisation_id.
create table organisations (
	id uuid primary key default gen_random_uuid(),
	name text not null,
	created_by uuid references users (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

create table memberships (
	organisation_id uuid not null references organisations (id) on delete cascade,
	user_id uuid not null references users (id) on delete cascade,
	role text not null check (role in ('owner', 'consultant', 'viewer')),
	created_at timestamptz not null default now(),
	primary key (organisation_id, user_id)
);
create index memberships_user_id_idx on memberships (user_id);

alter table users
	add constraint users_last_organisation_fk foreign key (last_organisation_id)
	references organisations (id) on delete set null;

-- One-time invitation links: only the token's SHA-256 is stored.
create table invitations (
	id uuid primary key default gen_random_uuid(),
	organisation_id uuid not null references organisations (id) on delete cascade,
	token_hash text not null unique,
	role text not null check (role in ('owner', 'consultant', 'viewer')),
	created_by uuid references users (id) on delete set null,
	created_at timestamptz not null default now(),
	expires_at timestamptz not null,
	accepted_at timestamptz,
	accepted_by uuid references users (id) on delete set null,
	revoked_at timestamptz
);
create index invitations_organisation_idx on invitations (organisation_id);
