import { sql, type Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import type { Locale } from '$lib/i18n/locale';
import type { Stage } from '$lib/questionnaires/schema';
import { loadQuestionnaires } from '$lib/server/questionnaires/load';
import { pinCurrent } from './content';

export type Mode = 'self' | 'workshop';
export type Status = 'open' | 'closed' | 'archived';

export interface NewAssessment {
	organisationId: string;
	title: string;
	mode: Mode;
	anonymous: boolean;
	locale: Locale;
	/** Lens questionnaire ids, a non-empty subset of the readiness model's lenses. */
	lenses: string[];
	createdBy: string;
	parentMilestoneId?: string | null;
	/** Where the organisation stands with CRM (migration 0080); null: not recorded. */
	stage?: Stage | null;
}

export async function create(db: Kysely<DB>, input: NewAssessment): Promise<string> {
	const q = loadQuestionnaires();
	const ordered = q.model.lenses
		.map((l) => l.questionnaire)
		.filter((id) => input.lenses.includes(id));
	return db.transaction().execute(async (trx) => {
		const hashes = await pinCurrent(trx);
		const row = await trx
			.insertInto('assessments')
			.values({
				organisation_id: input.organisationId,
				title: input.title,
				mode: input.mode,
				anonymous: input.anonymous,
				locale: input.locale,
				model_hash: hashes[q.model.id] as string,
				created_by: input.createdBy,
				parent_milestone_id: input.parentMilestoneId ?? null,
				stage: input.stage ?? null
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		// The goals worksheet is pinned with the lenses: the plan's goals table uses it.
		const pinned = [...ordered, q.goals.id];
		await trx
			.insertInto('assessment_questionnaires')
			.values(
				pinned.map((id, position) => ({
					assessment_id: row.id,
					questionnaire_id: id,
					hash: hashes[id] as string,
					position
				}))
			)
			.execute();
		return row.id;
	});
}

export const columns = [
	'a.id',
	'a.organisation_id',
	'a.title',
	'a.mode',
	'a.anonymous',
	'a.locale',
	'a.status',
	'a.join_code',
	'a.join_expires_at',
	'a.open_sections',
	'a.results_revealed',
	'a.parent_milestone_id',
	'a.stage',
	'a.created_at',
	'a.closed_at'
] as const;

export async function listForOrganisation(db: Kysely<DB>, orgId: string) {
	return db
		.selectFrom('assessments as a')
		.select([
			...columns,
			(eb) =>
				eb
					.selectFrom('respondents as r')
					.select(sql<number>`count(*)::int`.as('n'))
					.whereRef('r.assessment_id', '=', 'a.id')
					.as('respondents')
		])
		.where('a.organisation_id', '=', orgId)
		.orderBy('a.created_at', 'desc')
		.execute();
}

/** The assessment only when it belongs to `orgId`: the tenancy check for everything below it. */
export async function findInOrganisation(db: Kysely<DB>, orgId: string, id: string) {
	return db
		.selectFrom('assessments as a')
		.select(columns)
		.where('a.organisation_id', '=', orgId)
		.where('a.id', '=', id)
		.executeTakeFirst();
}
export type AssessmentRow = NonNullable<Awaited<ReturnType<typeof findInOrganisation>>>;

export async function setStatus(db: Kysely<DB>, orgId: string, id: string, status: Status) {
	await db
		.updateTable('assessments')
		.set({
			status,
			updated_at: new Date(),
			closed_at: status === 'open' ? null : sql<Date>`coalesce(closed_at, now())`,
			join_expires_at: status === 'open' ? undefined : new Date()
		})
		.where('organisation_id', '=', orgId)
		.where('id', '=', id)
		.execute();
}

export async function rename(db: Kysely<DB>, orgId: string, id: string, title: string) {
	await db
		.updateTable('assessments')
		.set({ title, updated_at: new Date() })
		.where('organisation_id', '=', orgId)
		.where('id', '=', id)
		.execute();
}

/** Records where the organisation stands (the statements asked follow it from then on). */
export async function setStage(db: Kysely<DB>, orgId: string, id: string, stage: Stage) {
	await db
		.updateTable('assessments')
		.set({ stage, updated_at: new Date() })
		.where('organisation_id', '=', orgId)
		.where('id', '=', id)
		.execute();
}

/** What a report prints above its content: the title, the organisation and who created it. */
export async function reportHeading(db: Kysely<DB>, orgId: string, id: string) {
	return db
		.selectFrom('assessments as a')
		.innerJoin('organisations as o', 'o.id', 'a.organisation_id')
		.leftJoin('users as u', 'u.id', 'a.created_by')
		.select([
			'a.id',
			'a.title',
			'a.anonymous',
			'a.stage',
			'o.name as organisation',
			'u.name as facilitator'
		])
		.where('a.id', '=', id)
		.where('a.organisation_id', '=', orgId)
		.executeTakeFirst();
}
