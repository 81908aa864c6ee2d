// Reads one organisation into an export document. Every list is in a stable order (by id,
// then by content), so that exporting, importing and exporting again gives the same document
// apart from identifiers: an import keeps the order of identifiers (see import.ts).
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
	anonymiseExport,
	type ExportAnswerRow,
	type ExportCommentRow,
	type ExportRespondentRow
} from '$lib/assessments/anonymity';
import type { DB } from '$lib/server/db/schema';
import { FORMAT, FORMAT_VERSION, type ExportContent, type ExportDocument } from './format';

type Db = Kysely<DB>;
type Row = Record<string, unknown>;

export function digest(content: unknown): string {
	return `sha256-${createHash('sha256').update(JSON.stringify(content)).digest('hex')}`;
}

/** Dates as ISO strings; everything else as the driver returns it. */
function plain<T extends Row>(row: T): T {
	const out: Row = {};
	for (const [k, v] of Object.entries(row)) out[k] = v instanceof Date ? v.toISOString() : v;
	return out as T;
}

function groupBy<T extends Row>(rows: T[], key: keyof T): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const row of rows) {
		const k = String(row[key]);
		const list = out.get(k);
		if (list) list.push(row);
		else out.set(k, [row]);
	}
	return out;
}

function without<T extends Row, K extends keyof T>(row: T, ...keys: K[]): Omit<T, K> {
	const out = { ...row };
	for (const k of keys) delete out[k];
	return out;
}

export async function exportOrganisation(db: Db, orgId: string): Promise<ExportDocument | null> {
	const org = await db
		.selectFrom('organisations')
		.select(['name', 'created_at'])
		.where('id', '=', orgId)
		.executeTakeFirst();
	if (!org) return null;

	const assessments = (
		await db
			.selectFrom('assessments')
			.select([
				'id',
				'title',
				'mode',
				'status',
				'locale',
				'anonymous',
				'results_revealed',
				'open_sections',
				'model_hash',
				'parent_milestone_id',
				'stage',
				'created_at',
				'updated_at',
				'closed_at'
			])
			.where('organisation_id', '=', orgId)
			.orderBy('id')
			.execute()
	).map(plain);
	const ids = assessments.map((a) => a.id);
	const any = ids.length > 0;

	const pins = any
		? await db
				.selectFrom('assessment_questionnaires')
				.select(['assessment_id', 'questionnaire_id', 'hash', 'position'])
				.where('assessment_id', 'in', ids)
				.orderBy('assessment_id')
				.orderBy('position')
				.execute()
		: [];
	const hashes = [
		...new Set([...assessments.map((a) => a.model_hash), ...pins.map((p) => p.hash)])
	];
	const questionnaires = hashes.length
		? await db
				.selectFrom('questionnaire_versions')
				.select(['hash', 'questionnaire_id', 'version', 'kind', 'content'])
				.where('hash', 'in', hashes)
				.orderBy('hash')
				.execute()
		: [];

	const respondents = any
		? (
				await db
					.selectFrom('respondents')
					.select([
						'id',
						'assessment_id',
						'role_layer',
						'department',
						'name',
						'position',
						'finished_at',
						'created_at',
						'updated_at'
					])
					.where('assessment_id', 'in', ids)
					.orderBy('id')
					.execute()
			).map(plain)
		: [];
	const answers = any
		? (
				await db
					.selectFrom('answers')
					.select([
						'assessment_id',
						'respondent_id',
						'questionnaire_id',
						'item_id',
						'statement_id',
						'level',
						'na_reason',
						'na_note',
						'client_seq',
						'updated_at'
					])
					.where('assessment_id', 'in', ids)
					.orderBy('respondent_id')
					.orderBy('questionnaire_id')
					.orderBy('item_id')
					.orderBy('statement_id')
					.execute()
			).map(plain)
		: [];
	const targets = any
		? (
				await db
					.selectFrom('assessment_targets')
					.select(['assessment_id', 'item_id', 'level', 'updated_at'])
					.where('assessment_id', 'in', ids)
					.orderBy('assessment_id')
					.orderBy('item_id')
					.execute()
			).map(plain)
		: [];
	const agreements = any
		? (
				await db
					.selectFrom('consensus')
					.select([
						'assessment_id',
						'item_id',
						'statement_id',
						'level',
						'rationale',
						'recorded_by_name',
						'recorded_at',
						'version'
					])
					.where('assessment_id', 'in', ids)
					.orderBy('assessment_id')
					.orderBy('item_id')
					.orderBy('statement_id')
					.execute()
			).map(plain)
		: [];
	const comments = any
		? (
				await db
					.selectFrom('answer_comments')
					.select(['assessment_id', 'respondent_id', 'item_id', 'body', 'client_seq', 'updated_at'])
					.where('assessment_id', 'in', ids)
					.orderBy('respondent_id')
					.orderBy('item_id')
					.execute()
			).map(plain)
		: [];
	const milestones = (
		await db
			.selectFrom('milestones')
			.select([
				'id',
				'assessment_id',
				'label',
				'respondents',
				'readiness_index',
				'band',
				'summary',
				'created_at'
			])
			.where('organisation_id', '=', orgId)
			.orderBy('id')
			.execute()
	).map(plain);
	const plans = (
		await db
			.selectFrom('plans')
			.select([
				'id',
				'assessment_id',
				'fingerprint',
				'generated',
				'generated_at',
				'edited_at',
				'created_at'
			])
			.where('organisation_id', '=', orgId)
			.execute()
	).map(plain);
	const actions = (
		await db
			.selectFrom('plan_actions')
			.select([
				'id',
				'plan_id',
				'key',
				'element',
				'position',
				'suggested',
				'text',
				'phase',
				'owner_name',
				'due',
				'status',
				'obsolete',
				'removed_at',
				'version',
				'created_at',
				'updated_at'
			])
			.where('organisation_id', '=', orgId)
			.orderBy('id')
			.execute()
	).map(plain);
	const goals = (
		await db
			.selectFrom('plan_goals')
			.select([
				'id',
				'plan_id',
				'goal_id',
				'kpi_id',
				'position',
				'kpi',
				'measurement',
				'baseline',
				'target',
				'owner_name',
				'due',
				'version',
				'updated_at'
			])
			.where('organisation_id', '=', orgId)
			.orderBy('id')
			.execute()
	).map(plain);

	const pinsBy = groupBy(pins, 'assessment_id');
	const respondentsBy = groupBy(respondents, 'assessment_id');
	const answersBy = groupBy(answers, 'assessment_id');
	const commentsBy = groupBy(comments, 'assessment_id');
	const targetsBy = groupBy(targets, 'assessment_id');
	const consensusBy = groupBy(agreements, 'assessment_id');
	const milestonesBy = groupBy(milestones, 'assessment_id');
	const planBy = new Map(plans.map((p) => [p.assessment_id, p]));
	const actionsBy = groupBy(actions, 'plan_id');
	const goalsBy = groupBy(goals, 'plan_id');

	const customers = (
		await db
			.selectFrom('customers')
			.select([
				'id',
				'kind',
				'name',
				'tier',
				'tags',
				'channel',
				'email',
				'phone',
				'city',
				'industry',
				'annual_value',
				'acquisition_source',
				'acquisition_cost',
				'consent',
				'consent_at',
				'notes',
				'satisfaction',
				'satisfaction_gap',
				'archived_at',
				'version',
				'created_at',
				'updated_at'
			])
			.where('organisation_id', '=', orgId)
			.orderBy('id')
			.execute()
	).map(plain);
	const interactions = (
		await db
			.selectFrom('customer_interactions')
			.select(['id', 'customer_id', 'occurred_on', 'channel', 'summary', 'created_at'])
			.where('organisation_id', '=', orgId)
			.orderBy('id')
			.execute()
	).map(plain);
	const satisfaction = (
		await db
			.selectFrom('customer_satisfaction')
			.select([
				'id',
				'customer_id',
				'measured_on',
				'expectation',
				'performance',
				'note',
				'created_at'
			])
			.where('organisation_id', '=', orgId)
			.orderBy('id')
			.execute()
	).map(plain);
	const interactionsBy = groupBy(interactions, 'customer_id');
	const satisfactionBy = groupBy(satisfaction, 'customer_id');
	const mapping = await db
		.selectFrom('register_import_mappings')
		.select('mapping')
		.where('organisation_id', '=', orgId)
		.executeTakeFirst();

	const content: ExportContent = {
		organisation: { name: org.name, created_at: org.created_at.toISOString() },
		questionnaires: questionnaires.map((q) => ({
			hash: q.hash,
			questionnaire_id: q.questionnaire_id,
			version: q.version,
			kind: q.kind,
			content: q.content as ExportContent['questionnaires'][number]['content']
		})),
		assessments: assessments.map((a) => {
			const p = planBy.get(a.id);
			const people = {
				respondents: (respondentsBy.get(a.id) ?? []).map((r) => without(r, 'assessment_id')),
				// An answer carries na_reason and na_note only when it is "not applicable".
				answers: (answersBy.get(a.id) ?? []).map((r) =>
					r.na_reason === null
						? without(r, 'assessment_id', 'na_reason', 'na_note')
						: without(r, 'assessment_id')
				),
				comments: (commentsBy.get(a.id) ?? []).map((r) => without(r, 'assessment_id'))
			};
			return {
				...a,
				questionnaires: (pinsBy.get(a.id) ?? []).map((q) => without(q, 'assessment_id')),
				// An anonymous session keeps its counts, not who answered what (docs/export.md).
				...(a.anonymous
					? anonymiseExport(
							// plain() has turned every date into its ISO string.
							people as unknown as {
								respondents: ExportRespondentRow[];
								answers: ExportAnswerRow[];
								comments: ExportCommentRow[];
							}
						)
					: people),
				targets: (targetsBy.get(a.id) ?? []).map((r) => without(r, 'assessment_id')),
				consensus: (consensusBy.get(a.id) ?? []).map((r) => without(r, 'assessment_id')),
				milestones: (milestonesBy.get(a.id) ?? []).map((m) => without(m, 'assessment_id')),
				plan: p
					? {
							...without(p, 'id', 'assessment_id'),
							actions: (actionsBy.get(p.id) ?? []).map((x) => without(x, 'plan_id')),
							goals: (goalsBy.get(p.id) ?? []).map((g) => without(g, 'plan_id'))
						}
					: null
			};
		}) as unknown as ExportContent['assessments'],
		register: {
			mapping: (mapping?.mapping ?? null) as ExportContent['register']['mapping'],
			customers: customers.map((c) => ({
				...c,
				interactions: (interactionsBy.get(c.id) ?? []).map((i) => without(i, 'customer_id')),
				satisfaction_entries: (satisfactionBy.get(c.id) ?? []).map((s) => without(s, 'customer_id'))
			})) as unknown as ExportContent['register']['customers']
		}
	};
	return {
		format: FORMAT,
		version: FORMAT_VERSION,
		exported_at: new Date().toISOString(),
		integrity: digest(content),
		...content
	};
}
