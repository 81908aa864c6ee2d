// Saving answers: one row per respondent × statement, upserted, so a retried save is harmless;
// the client's sequence number keeps a late retry from overwriting a newer answer. "Not
// applicable" is an answer row too (level null, with its reason and note).
import { sql, type Kysely } from 'kysely';
import { isNaReason, type NotApplicable } from '$lib/assessments/not-applicable';
import type { DB } from '$lib/server/db/schema';
import type { Answer, Respondent, RoleLayer } from '$lib/scoring';
import { statementKey } from '$lib/scoring';
import { compiledOnce } from '$lib/server/db/compiled';
import { columns, type AssessmentRow } from './repository';

export interface AnswerWrite {
	questionnaire: string;
	item: string;
	statement: string;
	answer: Answer;
	/** Required with 'not-applicable', ignored otherwise. */
	notApplicable?: NotApplicable | null;
	seq: number;
}

function naOf(a: AnswerWrite): NotApplicable | null {
	if (a.answer !== 'not-applicable') return null;
	if (!a.notApplicable)
		throw new RangeError(`"not applicable" without a reason: ${a.item}/${a.statement}`);
	return a.notApplicable;
}

export interface CommentWrite {
	item: string;
	body: string;
	seq: number;
}

export interface ResponseBatch {
	answers: AnswerWrite[];
	comments: CommentWrite[];
	position?: string | null;
}

/** The upsert of a batch's answers, guarded by the client's sequence numbers. */
function upsertAnswers(
	db: Kysely<DB>,
	assessmentId: string,
	respondentId: string,
	answers: AnswerWrite[]
) {
	return db
		.insertInto('answers')
		.values(
			answers.map((a) => {
				const na = naOf(a);
				return {
					respondent_id: respondentId,
					assessment_id: assessmentId,
					questionnaire_id: a.questionnaire,
					item_id: a.item,
					statement_id: a.statement,
					level: typeof a.answer === 'number' ? a.answer : null,
					na_reason: na?.reason ?? null,
					na_note: na?.note ?? null,
					client_seq: a.seq
				};
			})
		)
		.onConflict((oc) =>
			oc
				.columns(['respondent_id', 'item_id', 'statement_id'])
				.doUpdateSet({
					level: (eb) => eb.ref('excluded.level'),
					na_reason: (eb) => eb.ref('excluded.na_reason'),
					na_note: (eb) => eb.ref('excluded.na_note'),
					client_seq: (eb) => eb.ref('excluded.client_seq'),
					updated_at: sql`now()`
				})
				.where('answers.client_seq', '<=', (eb) => eb.ref('excluded.client_seq'))
		);
}

function movePosition(db: Kysely<DB>, respondentId: string, position: string | null) {
	return db
		.updateTable('respondents')
		.set({ position, updated_at: new Date() })
		.where('id', '=', respondentId);
}

export async function saveBatch(
	db: Kysely<DB>,
	assessmentId: string,
	respondentId: string,
	batch: ResponseBatch
) {
	// The usual batch — answers and perhaps a position, no comment — is a single statement:
	// atomic by itself, and one round trip instead of four, which hundreds of phones saving at
	// once in a workshop feel.
	if (batch.comments.length === 0) {
		const answers =
			batch.answers.length > 0
				? upsertAnswers(db, assessmentId, respondentId, batch.answers)
				: null;
		if (answers && batch.position !== undefined)
			await db
				.with('saved', () => answers)
				.updateTable('respondents')
				.set({ position: batch.position, updated_at: new Date() })
				.where('id', '=', respondentId)
				.execute();
		else if (answers) await answers.execute();
		else if (batch.position !== undefined)
			await movePosition(db, respondentId, batch.position).execute();
		return;
	}
	await db.transaction().execute(async (trx) => {
		if (batch.answers.length > 0)
			await upsertAnswers(trx, assessmentId, respondentId, batch.answers).execute();
		for (const c of batch.comments) {
			if (c.body === '') {
				await trx
					.deleteFrom('answer_comments')
					.where('respondent_id', '=', respondentId)
					.where('item_id', '=', c.item)
					.where('client_seq', '<=', c.seq)
					.execute();
				continue;
			}
			await trx
				.insertInto('answer_comments')
				.values({
					respondent_id: respondentId,
					assessment_id: assessmentId,
					item_id: c.item,
					body: c.body,
					client_seq: c.seq
				})
				.onConflict((oc) =>
					oc
						.columns(['respondent_id', 'item_id'])
						.doUpdateSet({
							body: (eb) => eb.ref('excluded.body'),
							client_seq: (eb) => eb.ref('excluded.client_seq'),
							updated_at: sql`now()`
						})
						.where('answer_comments.client_seq', '<=', (eb) => eb.ref('excluded.client_seq'))
				)
				.execute();
		}
		if (batch.position !== undefined)
			await movePosition(trx, respondentId, batch.position).execute();
	});
}

// A respondent's answers and comments as JSON arrays, so that one query brings them with the
// respondent (a question page is read far more often than it is saved). An answer is
// [item, statement, level] or, when not applicable, [item, statement, null, reason, note].
type AnswerTuple = [string, string, number | null] | [string, string, null, string, string | null];
export const answersJson = sql<AnswerTuple[]>`coalesce((
	select json_agg(case when a.na_reason is null
		then json_build_array(a.item_id, a.statement_id, a.level)
		else json_build_array(a.item_id, a.statement_id, null, a.na_reason, a.na_note) end)
	from answers a where a.respondent_id = r.id), '[]'::json)`;
export const commentsJson = sql<[string, string][]>`coalesce((
	select json_agg(json_build_array(c.item_id, c.body))
	from answer_comments c where c.respondent_id = r.id), '[]'::json)`;

export interface OwnResponses {
	answers: Record<string, Answer>;
	/** Why, for each statement answered "not applicable", by statementKey. */
	notApplicable: Record<string, NotApplicable>;
	comments: Record<string, string>;
}

export function responsesOf(row: {
	answers: AnswerTuple[];
	comments: [string, string][];
}): OwnResponses {
	const answers: Record<string, Answer> = {};
	const notApplicable: Record<string, NotApplicable> = {};
	for (const [item, statement, level, reason, note] of row.answers) {
		const key = statementKey(item, statement);
		if (isNaReason(reason)) {
			answers[key] = 'not-applicable';
			notApplicable[key] = { reason, note: note ?? null };
		} else answers[key] = level === null ? 'dont-know' : (level as Answer);
	}
	return { answers, notApplicable, comments: Object.fromEntries(row.comments) };
}

/** A respondent's own answers and comments, for resuming where they left off. */
export async function ownResponses(db: Kysely<DB>, respondentId: string): Promise<OwnResponses> {
	const row = await db
		.selectFrom('respondents as r')
		.select([answersJson.as('answers'), commentsJson.as('comments')])
		.where('r.id', '=', respondentId)
		.executeTakeFirst();
	return responsesOf(row ?? { answers: [], comments: [] });
}

export interface OwnRespondent extends OwnResponses {
	id: string;
	position: string | null;
	finished_at: Date | null;
	role_layer: RoleLayer;
}

// Run on every view of the wizard: built and compiled once (see db/compiled.ts).
const assessmentWithOwnRespondent = compiledOnce(
	(db: Kysely<DB>, orgId: string, id: string, userId: string) =>
		db
			.selectFrom('assessments as a')
			.leftJoin('respondents as r', (join) =>
				join.onRef('r.assessment_id', '=', 'a.id').on('r.user_id', '=', userId)
			)
			.select([
				...columns,
				'r.id as respondent_id',
				'r.position as respondent_position',
				'r.finished_at as respondent_finished_at',
				'r.role_layer as respondent_role_layer',
				answersJson.as('answers'),
				commentsJson.as('comments')
			])
			.where('a.organisation_id', '=', orgId)
			.where('a.id', '=', id)
);

/**
 * An organisation's assessment and, if the user has started it, their respondent with answers
 * and comments — the self-assessment wizard's whole lookup, in one query.
 */
export async function findWithOwnRespondent(
	db: Kysely<DB>,
	orgId: string,
	id: string,
	userId: string
): Promise<{ assessment: AssessmentRow; respondent: OwnRespondent | undefined } | undefined> {
	const [row] = await assessmentWithOwnRespondent(db, orgId, id, userId);
	if (!row) return undefined;
	const {
		respondent_id,
		respondent_position,
		respondent_finished_at,
		respondent_role_layer,
		answers,
		comments,
		...assessment
	} = row;
	return {
		assessment,
		respondent:
			respondent_id === null || respondent_role_layer === null
				? undefined
				: {
						id: respondent_id,
						position: respondent_position,
						finished_at: respondent_finished_at,
						role_layer: respondent_role_layer as RoleLayer,
						...responsesOf({ answers, comments })
					}
	};
}

/** Every respondent with their answers, in the scoring engine's shape. */
export async function respondentsForScoring(
	db: Kysely<DB>,
	assessmentId: string
): Promise<Respondent[]> {
	// One row per person, their answers as one JSON object keyed as statementKey does: the live
	// view reads a whole workshop's answers on every recomputation, and 300 rows parse far
	// faster than 18,000.
	const [people, answers] = await Promise.all([
		db
			.selectFrom('respondents')
			.select(['id', 'role_layer', 'department'])
			.where('assessment_id', '=', assessmentId)
			.execute(),
		db
			.selectFrom('answers')
			.select([
				'respondent_id',
				sql<Record<string, Answer> | string>`json_object_agg(
					item_id || '/' || statement_id,
					case
						when level is not null then to_json(level)
						when na_reason is not null then to_json('not-applicable'::text)
						else to_json('dont-know'::text)
					end
				)`.as('answers')
			])
			.where('assessment_id', '=', assessmentId)
			.groupBy('respondent_id')
			.execute()
	]);
	const byPerson = new Map(
		answers.map((a) => [
			a.respondent_id,
			(typeof a.answers === 'string' ? JSON.parse(a.answers) : a.answers) as Record<string, Answer>
		])
	);
	return people.map((p) => ({
		id: p.id,
		role: p.role_layer as RoleLayer,
		department: p.department,
		answers: byPerson.get(p.id) ?? {}
	}));
}

/** Every comment with its author's role layer and name, by item then in the order written. */
export async function commentsWithAuthors(db: Kysely<DB>, assessmentId: string) {
	const rows = await db
		.selectFrom('answer_comments as c')
		.innerJoin('respondents as r', 'r.id', 'c.respondent_id')
		.select(['c.item_id as item', 'c.body', 'r.role_layer as role', 'r.name'])
		.where('c.assessment_id', '=', assessmentId)
		.orderBy('c.item_id')
		.orderBy('c.updated_at')
		.execute();
	return rows.map((c) => ({ ...c, role: c.role as RoleLayer }));
}
