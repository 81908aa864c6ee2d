// What people decided about an assessment, beside the answers, in SQL: the targets set per item,
// the levels a workshop agreed on, and the "not applicable" answers with their reasons. The
// loaders here are what results, the plan, the PDF and the workbook read (Decisions for the
// scoring engine, the records for display).
import { sql, type Kysely } from 'kysely';
import { isNaReason, type NaReason } from '$lib/assessments/not-applicable';
import { STAGES, type Level, type Stage } from '$lib/questionnaires/schema';
import { statementKey, type Decisions, type RoleLayer, type ScoreView } from '$lib/scoring';
import type { DB } from '$lib/server/db/schema';

/** Targets people set, by item id (items without one take the content's default). */
export async function targetsOf(db: Kysely<DB>, assessmentId: string) {
	const rows = await db
		.selectFrom('assessment_targets')
		.select(['item_id', 'level'])
		.where('assessment_id', '=', assessmentId)
		.execute();
	return Object.fromEntries(rows.map((r) => [r.item_id, r.level])) as Record<string, number>;
}

/** Sets (or, with level null, clears back to the default) the targets of some items at once. */
export async function writeTargets(
	db: Kysely<DB>,
	orgId: string,
	assessmentId: string,
	targets: { item: string; level: number | null }[],
	userId: string | null
) {
	const set = targets.filter((t): t is { item: string; level: number } => t.level !== null);
	const cleared = targets.filter((t) => t.level === null).map((t) => t.item);
	await db.transaction().execute(async (trx) => {
		if (cleared.length > 0)
			await trx
				.deleteFrom('assessment_targets')
				.where('organisation_id', '=', orgId)
				.where('assessment_id', '=', assessmentId)
				.where('item_id', 'in', cleared)
				.execute();
		if (set.length > 0)
			await trx
				.insertInto('assessment_targets')
				.values(
					set.map((t) => ({
						assessment_id: assessmentId,
						organisation_id: orgId,
						item_id: t.item,
						level: t.level,
						set_by: userId
					}))
				)
				.onConflict((oc) =>
					oc.columns(['assessment_id', 'item_id']).doUpdateSet({
						level: (eb) => eb.ref('excluded.level'),
						set_by: (eb) => eb.ref('excluded.set_by'),
						updated_at: sql`now()`
					})
				)
				.execute();
	});
}

export interface ConsensusRecord {
	item: string;
	statement: string;
	/** null: an agreement that was cleared (the row stays, for the version check). */
	level: Level | null;
	rationale: string | null;
	recordedBy: string | null;
	recordedAt: Date;
	version: number;
}

export async function consensusOf(
	db: Kysely<DB>,
	assessmentId: string
): Promise<ConsensusRecord[]> {
	const rows = await db
		.selectFrom('consensus')
		.select([
			'item_id',
			'statement_id',
			'level',
			'rationale',
			'recorded_by_name',
			'recorded_at',
			'version'
		])
		.where('assessment_id', '=', assessmentId)
		.orderBy('item_id')
		.orderBy('statement_id')
		.execute();
	return rows.map((r) => ({
		item: r.item_id,
		statement: r.statement_id,
		level: r.level as Level | null,
		rationale: r.rationale,
		recordedBy: r.recorded_by_name,
		recordedAt: r.recorded_at,
		version: r.version
	}));
}

/** The agreed levels by statementKey, as the scoring engine takes them. */
export function agreedOf(records: readonly ConsensusRecord[]): Record<string, Level> {
	const agreed: Record<string, Level> = {};
	for (const r of records)
		if (r.level !== null) agreed[statementKey(r.item, r.statement)] = r.level;
	return agreed;
}

export interface ConsensusWrite {
	orgId: string;
	assessmentId: string;
	item: string;
	statement: string;
	level: Level | null;
	rationale: string | null;
	userId: string;
	userName: string;
	/** The version the facilitator's screen showed: 0 when nothing was recorded yet. */
	version: number;
}

/**
 * Records an agreement when `version` is still the stored one (0: none stored yet). false when
 * someone else recorded in the meantime: nothing is changed.
 */
export async function writeConsensus(db: Kysely<DB>, w: ConsensusWrite): Promise<boolean> {
	const values = {
		level: w.level,
		rationale: w.rationale,
		recorded_by: w.userId,
		recorded_by_name: w.userName,
		recorded_at: sql<Date>`now()`
	};
	if (w.version === 0) {
		const row = await db
			.insertInto('consensus')
			.values({
				...values,
				assessment_id: w.assessmentId,
				organisation_id: w.orgId,
				item_id: w.item,
				statement_id: w.statement
			})
			.onConflict((oc) => oc.columns(['assessment_id', 'item_id', 'statement_id']).doNothing())
			.returning('version')
			.executeTakeFirst();
		return row !== undefined;
	}
	const row = await db
		.updateTable('consensus')
		.set({ ...values, version: sql`version + 1` })
		.where('organisation_id', '=', w.orgId)
		.where('assessment_id', '=', w.assessmentId)
		.where('item_id', '=', w.item)
		.where('statement_id', '=', w.statement)
		.where('version', '=', w.version)
		.returning('version')
		.executeTakeFirst();
	return row !== undefined;
}

export interface NotApplicableAnswer {
	item: string;
	statement: string;
	reason: NaReason;
	note: string | null;
	/** Left out (null) by callers that report an anonymous assessment. */
	role: RoleLayer;
}

/** Every "not applicable" answer with its reason, in questionnaire-id order. */
export async function notApplicableOf(
	db: Kysely<DB>,
	assessmentId: string
): Promise<NotApplicableAnswer[]> {
	const rows = await db
		.selectFrom('answers as a')
		.innerJoin('respondents as r', 'r.id', 'a.respondent_id')
		.select(['a.item_id', 'a.statement_id', 'a.na_reason', 'a.na_note', 'r.role_layer'])
		.where('a.assessment_id', '=', assessmentId)
		.where('a.na_reason', 'is not', null)
		.orderBy('a.item_id')
		.orderBy('a.statement_id')
		.execute();
	return rows.flatMap((r) =>
		isNaReason(r.na_reason)
			? [
					{
						item: r.item_id,
						statement: r.statement_id,
						reason: r.na_reason,
						note: r.na_note,
						role: r.role_layer as RoleLayer
					}
				]
			: []
	);
}

/** A stored stage as the engine takes it: null when none was recorded (or it is unknown). */
export function stageOf(value: string | null | undefined): Stage | null {
	return (STAGES as readonly unknown[]).includes(value) ? (value as Stage) : null;
}

/**
 * Who was put which statements (issue 15 §4–5): a workshop puts each participant the common
 * statements and their own layer's, a self-assessment every statement; the stage recorded on
 * the assessment leaves out or rewords what needs a live CRM.
 */
export async function askingOf(
	db: Kysely<DB>,
	assessmentId: string
): Promise<Pick<Decisions, 'stage' | 'byLayer'>> {
	const row = await db
		.selectFrom('assessments')
		.select(['mode', 'stage'])
		.where('id', '=', assessmentId)
		.executeTakeFirst();
	return { stage: stageOf(row?.stage), byLayer: row?.mode === 'workshop' };
}

/** Targets and agreed levels in the scoring engine's shape, for the view asked. */
export async function decisionsOf(
	db: Kysely<DB>,
	assessmentId: string,
	view: ScoreView = 'crowd'
): Promise<Decisions & { consensus: ConsensusRecord[] }> {
	const [targets, consensus, asking] = await Promise.all([
		targetsOf(db, assessmentId),
		consensusOf(db, assessmentId),
		askingOf(db, assessmentId)
	]);
	return { targets, agreed: agreedOf(consensus), view, consensus, ...asking };
}
