-- The required level of an assessment's items, where people set one. An item without a row takes
-- the default of the content the assessment pinned (or level 3 for content that has none), so a
-- changed default in a new questionnaire version never moves an old assessment's targets.
create table assessment_targets (
	assessment_id uuid not null references assessments (id) on delete cascade,
	organisation_id uuid not null references organisations (id) on delete cascade,
	item_id text not null,
	level smallint not null check (level between 0 and 4),
	set_by uuid references users (id) on delete set null,
	updated_at timestamptz not null default now(),
	primary key (assessment_id, item_id)
);
create index assessment_targets_organisation_idx on assessment_targets (organisation_id);
