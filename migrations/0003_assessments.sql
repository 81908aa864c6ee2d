-- Assessments pin the exact questionnaire content they were taken with: a copy of each
-- version is kept by its content hash, so editing a questionnaire never changes old results.
create table questionnaire_versions (
	hash text primary key,
	questionnaire_id text not null,
	version integer not null,
	kind text not null,
	content jsonb not null,
	created_at timestamptz not null default now()
);

create table assessments (
	id uuid primary key default gen_random_uuid(),
	organisation_id uuid not null references organisations (id) on delete cascade,
	title text not null,
	mode text not null check (mode in ('self', 'workshop')),
	-- The promise made to respondents: no one, the facilitator included, can link answers to people.
	anonymous boolean not null default false,
	locale text not null default 'en' check (locale in ('en', 'fa')),
	model_hash text not null references questionnaire_versions (hash),
	status text not null default 'open' check (status in ('open', 'closed', 'archived')),
	-- Workshop state: which lenses participants may answer, and whether they see results.
	join_code text unique,
	join_expires_at timestamptz,
	open_sections text[] not null default '{}',
	results_revealed boolean not null default false,
	-- A re-assessment starts from a milestone of an earlier assessment.
	parent_milestone_id uuid,
	created_by uuid references users (id) on delete set null,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	closed_at timestamptz
);
create index assessments_organisation_idx on assessments (organisation_id, created_at desc);

-- The lenses (and the goals worksheet) of an assessment, each pinned to one version.
create table assessment_questionnaires (
	assessment_id uuid not null references assessments (id) on delete cascade,
	questionnaire_id text not null,
	hash text not null references questionnaire_versions (hash),
	position integer not null,
	primary key (assessment_id, questionnaire_id)
);

create table respondents (
	id uuid primary key default gen_random_uuid(),
	assessment_id uuid not null references assessments (id) on delete cascade,
	-- A member answering a self-assessment; null for workshop participants.
	user_id uuid references users (id) on delete set null,
	-- Workshop participants hold a random token; only its SHA-256 is stored.
	token_hash text unique,
	-- Never stored when the assessment is anonymous.
	name text,
	role_layer text not null
		check (role_layer in ('executive', 'middle_manager', 'specialist', 'consultant', 'other')),
	department text,
	-- Where the respondent left off: "<questionnaire>/<item>".
	position text,
	finished_at timestamptz,
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index respondents_assessment_idx on respondents (assessment_id);
create unique index respondents_self_idx on respondents (assessment_id, user_id)
	where user_id is not null;

-- One row per respondent × statement, upserted: saving the same answer twice is harmless.
-- level null means "don't know".
create table answers (
	respondent_id uuid not null references respondents (id) on delete cascade,
	assessment_id uuid not null references assessments (id) on delete cascade,
	questionnaire_id text not null,
	item_id text not null,
	statement_id text not null,
	level smallint check (level between 0 and 4),
	-- The client's sequence number: a retried older save never overwrites a newer answer.
	client_seq bigint not null default 0,
	updated_at timestamptz not null default now(),
	primary key (respondent_id, item_id, statement_id)
);
create index answers_assessment_idx on answers (assessment_id);

create table answer_comments (
	respondent_id uuid not null references respondents (id) on delete cascade,
	assessment_id uuid not null references assessments (id) on delete cascade,
	item_id text not null,
	body text not null,
	client_seq bigint not null default 0,
	updated_at timestamptz not null default now(),
	primary key (respondent_id, item_id)
);
create index answer_comments_assessment_idx on answer_comments (assessment_id);

-- A frozen snapshot of an assessment's results, for trends and portfolio benchmarks.
create table milestones (
	id uuid primary key default gen_random_uuid(),
	assessment_id uuid not null references assessments (id) on delete cascade,
	organisation_id uuid not null references organisations (id) on delete cascade,
	label text not null,
	respondents integer not null,
	readiness_index double precision,
	band text,
	-- Scores by lens and by item, and risk levels: what trends and benchmarks compare.
	summary jsonb not null,
	created_by uuid references users (id) on delete set null,
	created_at timestamptz not null default now()
);
create index milestones_assessment_idx on milestones (assessment_id, created_at);
create index milestones_organisation_idx on milestones (organisation_id, created_at desc);

alter table assessments
	add constraint assessments_parent_milestone_fk foreign key (parent_milestone_id)
	references milestones (id) on delete set null;
