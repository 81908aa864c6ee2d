-- The plan of an assessment: generated from its results, then edited by people. Generated rows
-- keep the latest recommendation beside what people set, so that regenerating after new answers
-- or a re-assessment refreshes the one without touching the other.
create table plans (
	id uuid primary key default gen_random_uuid(),
	organisation_id uuid not null references organisations (id) on delete cascade,
	assessment_id uuid not null unique references assessments (id) on delete cascade,
	-- The change-management statuses and the scope guard as last generated (not edited).
	generated jsonb not null,
	-- A digest of the last generation: a fresh one that differs means the results have changed.
	fingerprint text not null,
	generated_at timestamptz not null default now(),
	-- When a person last changed anything; null means the plan is still exactly as generated.
	edited_at timestamptz,
	created_at timestamptz not null default now()
);
create index plans_organisation_idx on plans (organisation_id);

create table plan_actions (
	id uuid primary key default gen_random_uuid(),
	plan_id uuid not null references plans (id) on delete cascade,
	organisation_id uuid not null references organisations (id) on delete cascade,
	-- The recommendation's stable key; null for an action a person added.
	key text,
	-- null: the prioritised list; otherwise the change-management element it belongs to.
	element text check (element in (
		'readiness_assessment', 'communications', 'impact_analysis', 'training', 'value_metrics'
	)),
	position integer not null,
	-- The latest recommendation (text in both languages, source, effort, priority, phase).
	suggested jsonb,
	-- What people set. null text or phase follows the recommendation.
	text text,
	phase text check (phase in ('first_90_days', 'months_3_6', 'months_6_12')),
	owner_id uuid references users (id) on delete set null,
	owner_name text,
	due date,
	status text not null default 'planned'
		check (status in ('planned', 'in_progress', 'done', 'dropped')),
	-- The recommendation no longer follows from the results; kept until a person removes it.
	obsolete boolean not null default false,
	-- A removed recommendation stays as a tombstone so that regenerating does not bring it back.
	removed_at timestamptz,
	-- Optimistic concurrency: an edit names the version it started from.
	version integer not null default 1,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	unique (plan_id, key),
	check (key is not null or (text is not null and phase is not null))
);
create index plan_actions_plan_idx on plan_actions (plan_id, position);

-- The goals worksheet: one row per goal of the pinned worksheet. null fields follow the KPI
-- template the row starts from.
create table plan_goals (
	id uuid primary key default gen_random_uuid(),
	plan_id uuid not null references plans (id) on delete cascade,
	organisation_id uuid not null references organisations (id) on delete cascade,
	goal_id text not null,
	position integer not null,
	kpi_id text not null,
	kpi text,
	measurement text,
	baseline text,
	target text,
	owner_id uuid references users (id) on delete set null,
	owner_name text,
	due date,
	version integer not null default 1,
	updated_at timestamptz not null default now(),
	unique (plan_id, goal_id)
);
