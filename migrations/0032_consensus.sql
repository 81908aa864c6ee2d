-- What the room agreed in a workshop, per statement: the agreed level and a one-line rationale,
-- who recorded it and when. The answers themselves are untouched (their spread is the spread
-- before agreement); no copy of them is kept here, so an anonymous session's figures can never
-- be compared with an older copy. A cleared agreement keeps its row with level null, so that a
-- facilitator still editing the old value meets a conflict, never a silent overwrite.
create table consensus (
	assessment_id uuid not null references assessments (id) on delete cascade,
	organisation_id uuid not null references organisations (id) on delete cascade,
	item_id text not null,
	statement_id text not null,
	level smallint check (level between 0 and 4),
	rationale text check (char_length(rationale) <= 200),
	recorded_by uuid references users (id) on delete set null,
	-- The name at the time: it stays when the account goes, and travels in exports.
	recorded_by_name text,
	recorded_at timestamptz not null default now(),
	-- Optimistic concurrency: an edit names the version it started from (0 for a new one).
	version integer not null default 1,
	primary key (assessment_id, item_id, statement_id)
);
create index consensus_organisation_idx on consensus (organisation_id);
