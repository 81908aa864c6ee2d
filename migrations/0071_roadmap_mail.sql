-- A roadmap sent by mail: the PDF as it was sent, rendered once for all its recipients. It is
-- attached to each mail; over the attachment limit, each recipient gets a link of their own
-- instead (only its SHA-256 stored) that works until the mailing expires. The row goes once its
-- mail is sent and, when links were sent, once they have expired.
create table roadmap_mailings (
	id uuid primary key default gen_random_uuid(),
	organisation_id uuid not null references organisations (id) on delete cascade,
	assessment_id uuid not null references assessments (id) on delete cascade,
	sent_by uuid references users (id) on delete set null,
	locale text not null check (locale in ('en', 'fa')),
	note text,
	file_name text not null,
	pdf bytea not null,
	created_at timestamptz not null default now(),
	expires_at timestamptz not null
);
create index roadmap_mailings_organisation_idx on roadmap_mailings (organisation_id);

create table roadmap_links (
	token_hash text primary key,
	mailing_id uuid not null references roadmap_mailings (id) on delete cascade,
	created_at timestamptz not null default now()
);
create index roadmap_links_mailing_idx on roadmap_links (mailing_id);

-- An invitation mailed to an address: who it was sent to, and the language of its mail.
alter table invitations add column email citext;
