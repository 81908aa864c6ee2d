// The organisation export: one versioned JSON document holding an organisation's assessments
// (with the questionnaire versions they pinned, respondents, answers, comments, milestones and
// plans) and its customer register. Never users, sessions, invitations, participant tokens or
// join codes: people are not data that moves between installations. Identifiers are the
// exporting installation's; an import gives every row a new one.
//
// The schema below is the one source of truth: docs/export-schema.json is generated from it
// (`npm run org:schema`) and a test fails when the two differ.
import { z } from 'zod';
import { NA_NOTE_MAX, NA_REASONS } from '$lib/assessments/not-applicable';
import { LOCALES } from '$lib/i18n/locale';
import { ACTION_STATUSES, PHASES } from '$lib/plans/types';
import { CHANNELS, KINDS } from '$lib/register/fields';
import { SATISFACTION_LEVELS } from '$lib/register/satisfaction';
import { STAGES } from '$lib/questionnaires/schema';
import { ROLE_LAYERS } from '$lib/scoring/roles';

export const FORMAT = 'crm-readiness/organisation';
export const FORMAT_VERSION = 1;

const id = z.uuid();
const timestamp = z.iso.datetime({ offset: true });
const day = z.iso.date();
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);
const text = (max: number) => z.string().max(max);
const nullable = <T extends z.ZodType>(t: T) => t.nullable();
const json = z.json();

export const questionnaireVersion = z.strictObject({
	hash: z.string().regex(/^[0-9a-f]{64}$/),
	questionnaire_id: slug,
	version: z.number().int().min(1),
	kind: z.string().max(40),
	content: z.record(z.string(), json)
});

export const respondent = z.strictObject({
	id,
	role_layer: z.enum(ROLE_LAYERS),
	department: nullable(text(120)),
	name: nullable(text(120)),
	position: nullable(text(120)),
	finished_at: nullable(timestamp),
	created_at: timestamp,
	updated_at: timestamp
});

export const answer = z.strictObject({
	respondent_id: id,
	questionnaire_id: slug,
	item_id: slug,
	statement_id: slug,
	level: z.number().int().min(0).max(4).nullable(),
	/** Only on "not applicable" answers (level null): why, and the respondent's note. */
	na_reason: z.enum(NA_REASONS).optional(),
	na_note: nullable(text(NA_NOTE_MAX)).optional(),
	client_seq: z.number().int().min(0),
	updated_at: timestamp
});

/** A required level people set for an item (items without one take the content's default). */
export const target = z.strictObject({
	item_id: slug,
	level: z.number().int().min(0).max(4),
	updated_at: timestamp
});

/** What a workshop agreed on one statement; level null: an agreement that was cleared. */
export const consensus = z.strictObject({
	item_id: slug,
	statement_id: slug,
	level: z.number().int().min(0).max(4).nullable(),
	rationale: nullable(text(200)),
	/** The facilitator's name at the time (never an account). */
	recorded_by_name: nullable(text(120)),
	recorded_at: timestamp,
	version: z.number().int().min(1)
});

export const comment = z.strictObject({
	respondent_id: id,
	item_id: slug,
	body: text(4000),
	client_seq: z.number().int().min(0),
	updated_at: timestamp
});

export const milestone = z.strictObject({
	id,
	label: text(200).min(1),
	respondents: z.number().int().min(0),
	readiness_index: z.number().min(0).max(100).nullable(),
	band: nullable(text(40)),
	summary: json,
	created_at: timestamp
});

export const planAction = z.strictObject({
	id,
	key: nullable(text(200)),
	element: z
		.enum([
			'readiness_assessment',
			'communications',
			'impact_analysis',
			'training',
			'value_metrics'
		])
		.nullable(),
	position: z.number().int(),
	suggested: json.nullable(),
	text: nullable(text(2000)),
	phase: z.enum(PHASES).nullable(),
	owner_name: nullable(text(120)),
	due: nullable(day),
	status: z.enum(ACTION_STATUSES),
	obsolete: z.boolean(),
	removed_at: nullable(timestamp),
	version: z.number().int().min(1),
	created_at: timestamp,
	updated_at: timestamp
});

export const planGoal = z.strictObject({
	id,
	goal_id: slug,
	kpi_id: slug,
	position: z.number().int(),
	kpi: nullable(text(2000)),
	measurement: nullable(text(2000)),
	baseline: nullable(text(2000)),
	target: nullable(text(2000)),
	owner_name: nullable(text(120)),
	due: nullable(day),
	version: z.number().int().min(1),
	updated_at: timestamp
});

export const plan = z.strictObject({
	fingerprint: text(200),
	generated: json,
	generated_at: timestamp,
	edited_at: nullable(timestamp),
	created_at: timestamp,
	actions: z.array(planAction).max(5000),
	goals: z.array(planGoal).max(500)
});

export const assessment = z.strictObject({
	id,
	title: text(200).min(1),
	mode: z.enum(['self', 'workshop']),
	status: z.enum(['open', 'closed', 'archived']),
	locale: z.enum(LOCALES),
	anonymous: z.boolean(),
	results_revealed: z.boolean(),
	open_sections: z.array(slug).max(20),
	model_hash: questionnaireVersion.shape.hash,
	questionnaires: z
		.array(
			z.strictObject({
				questionnaire_id: slug,
				hash: questionnaireVersion.shape.hash,
				position: z.number().int().min(0)
			})
		)
		.min(1)
		.max(20),
	parent_milestone_id: id.nullable(),
	// Where the organisation stands with CRM (migration 0080). Absent in files from before it
	// was recorded, and null when it was not given: every statement is asked as written.
	stage: z.enum(STAGES).nullable().optional(),
	created_at: timestamp,
	updated_at: timestamp,
	closed_at: nullable(timestamp),
	respondents: z.array(respondent).max(5000),
	answers: z.array(answer).max(1_000_000),
	comments: z.array(comment).max(200_000),
	// Absent in files from before targets and consensus existed: none set.
	targets: z.array(target).max(10_000).optional(),
	consensus: z.array(consensus).max(100_000).optional(),
	milestones: z.array(milestone).max(1000),
	plan: plan.nullable()
});

const amount = z.string().regex(/^\d{1,16}(\.\d{1,2})?$/);

export const interaction = z.strictObject({
	id,
	occurred_on: day,
	channel: z.enum(CHANNELS),
	summary: text(2000).min(1),
	created_at: timestamp
});

export const satisfactionEntry = z.strictObject({
	id,
	measured_on: day,
	expectation: z.number().int().min(1).max(5),
	performance: z.number().int().min(1).max(5),
	note: nullable(text(1000)),
	created_at: timestamp
});

export const customer = z.strictObject({
	id,
	kind: z.enum(KINDS),
	name: text(200).min(1),
	tier: nullable(text(60)),
	tags: z.array(text(60)).max(20),
	channel: z.enum(CHANNELS).nullable(),
	email: nullable(text(254)),
	phone: nullable(text(40)),
	city: nullable(text(120)),
	industry: nullable(text(120)),
	annual_value: amount.nullable(),
	acquisition_source: nullable(text(120)),
	acquisition_cost: amount.nullable(),
	consent: z.boolean(),
	consent_at: nullable(day),
	notes: nullable(text(4000)),
	satisfaction: z.enum(SATISFACTION_LEVELS).nullable(),
	satisfaction_gap: z.number().int().min(-4).max(4).nullable(),
	archived_at: nullable(timestamp),
	version: z.number().int().min(1),
	created_at: timestamp,
	updated_at: timestamp,
	interactions: z.array(interaction).max(100_000),
	satisfaction_entries: z.array(satisfactionEntry).max(100_000)
});

/** What the integrity digest covers, in this key order. */
export const content = z.strictObject({
	organisation: z.strictObject({ name: text(120).min(1), created_at: timestamp }),
	questionnaires: z.array(questionnaireVersion).max(200),
	assessments: z.array(assessment).max(10_000),
	register: z.strictObject({
		mapping: json.nullable(),
		customers: z.array(customer).max(1_000_000)
	})
});
export type ExportContent = z.infer<typeof content>;

export const document = z.strictObject({
	format: z.literal(FORMAT),
	version: z.literal(FORMAT_VERSION),
	exported_at: timestamp,
	/** sha256 of JSON.stringify(content) — refuses a truncated or edited file. */
	integrity: z.string().regex(/^sha256-[0-9a-f]{64}$/),
	...content.shape
});
export type ExportDocument = z.infer<typeof document>;

/** The JSON Schema published in docs/export-schema.json. */
export function jsonSchema(): object {
	return {
		$id: 'https://crm-readiness.example/schemas/organisation-export-v1.json',
		title: 'CRM Readiness organisation export, version 1',
		...z.toJSONSchema(document, { target: 'draft-2020-12', unrepresentable: 'any' })
	};
}
