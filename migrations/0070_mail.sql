-- Outgoing mail and password resets.
--
-- The outbox: a mail is written here in the same transaction as the action that asks for it, and
-- a worker in every app instance sends it, retrying with backoff. So an action never loses its
-- mail and a mail never goes out for an action that was rolled back. A row holds what its
-- template needs, never a secret: links that carry one (a password reset, an invitation) are
-- minted when the mail is sent, and only their hash is stored.
create table mail_outbox (
	id uuid primary key default gen_random_uuid(),
	kind text not null check (kind in ('password_reset', 'invitation', 'workshop_link', 'roadmap')),
	organisation_id uuid references organisations (id) on delete cascade,
	created_by uuid references users (id) on delete set null,
	recipient citext not null,
	locale text not null check (locale in ('en', 'fa')),
	payload jsonb not null default '{}',
	-- Sent together (one form post): the sender is told how the batch went.
	batch_id uuid not null,
	-- The row is deleted once the mail is sent or given up (anonymous workshops, resets).
	forget boolean not null default false,
	status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
	attempts integer not null default 0,
	-- When a worker may next take the row: moved forward when one claims it (a lease, so a row
	-- whose worker died is taken again) and by the backoff after a failure.
	next_attempt_at timestamptz not null default now(),
	give_up_at timestamptz not null,
	-- Why the last attempt failed, without addresses or secrets.
	last_error text,
	sent_at timestamptz,
	created_at timestamptz not null default now()
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'pending';
create index mail_outbox_batch_idx on mail_outbox (batch_id);
create index mail_outbox_organisation_idx on mail_outbox (organisation_id, created_at);

-- One-time password reset links: only the token's SHA-256 is stored.
create table password_resets (
	token_hash text primary key,
	user_id uuid not null references users (id) on delete cascade,
	created_at timestamptz not null default now(),
	expires_at timestamptz not null,
	used_at timestamptz,
	-- A newer link, a password change or a completed reset revokes the others.
	revoked_at timestamptz
);
create index password_resets_user_idx on password_resets (user_id);

-- Counted requests for the limits that every app instance must share (reset requests, mail
-- sent by a user or an organisation). Keys naming an address are hashed.
create table rate_events (
	id bigint generated always as identity primary key,
	bucket text not null,
	key text not null,
	weight integer not null default 1,
	at timestamptz not null default now()
);
create index rate_events_key_idx on rate_events (bucket, key, at);

-- The language of an organisation's mail to people who have not chosen one (invitees, teams
-- without accounts); an existing organisation takes its creator's.
alter table organisations add column locale text not null default 'en' check (locale in ('en', 'fa'));
update organisations o set locale = u.locale from users u where u.id = o.created_by;
