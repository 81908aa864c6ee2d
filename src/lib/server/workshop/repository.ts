// Workshop state lives on the assessment row (join code, open sections, reveal); participants
// are respondents holding a token whose SHA-256 alone is stored.
import { sql, type Kysely } from 'kysely';
import { compiledOnce } from '$lib/server/db/compiled';
import type { DB } from '$lib/server/db/schema';
import type { RoleLayer } from '$lib/scoring';
import { answersJson, commentsJson } from '$lib/server/assessments/responses';

const sessionColumns = [
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
	'a.stage'
] as const;

// The participant's page and every save look the workshop up by its code: built and compiled
// once, with and without the participant's own answers (see db/compiled.ts).
function sessionByCode(db: Kysely<DB>, code: string, tokenHash: string) {
	return db
		.selectFrom('assessments as a')
		.leftJoin('respondents as r', (join) =>
			join.onRef('r.assessment_id', '=', 'a.id').on('r.token_hash', '=', tokenHash)
		)
		.select([
			...sessionColumns,
			'r.id as respondent_id',
			'r.role_layer as respondent_role',
			'r.position as respondent_position',
			'r.finished_at as respondent_finished_at'
		])
		.where('a.join_code', '=', code)
		.where('a.mode', '=', 'workshop');
}
const byCode = compiledOnce(sessionByCode);
// The participant's own answers and comments, for the question page (one query, not three).
const byCodeWithResponses = compiledOnce((db: Kysely<DB>, code: string, tokenHash: string) =>
	sessionByCode(db, code, tokenHash).select([
		answersJson.as('answers'),
		commentsJson.as('comments')
	])
);

/**
 * The workshop behind a join code and, when `tokenHash` is given, the participant holding it —
 * only if that participant belongs to this very workshop: a token never reaches another one.
 */
export async function findByCode(
	db: Kysely<DB>,
	code: string,
	tokenHash: string | null,
	withResponses = false
): Promise<(SessionRow & Partial<Pick<WithResponses, 'answers' | 'comments'>>) | undefined> {
	// Without a token no respondent matches (no stored hash is empty).
	const [row] = await (withResponses ? byCodeWithResponses : byCode)(db, code, tokenHash ?? '');
	return row;
}
export type SessionRow = Awaited<ReturnType<typeof byCode>>[number];
type WithResponses = Awaited<ReturnType<typeof byCodeWithResponses>>[number];

/** Joining needs an open session whose join link has not expired. */
export function joinable(row: Pick<SessionRow, 'status' | 'join_expires_at'>, now = new Date()) {
	return row.status === 'open' && row.join_expires_at !== null && row.join_expires_at > now;
}

export async function createParticipant(
	db: Kysely<DB>,
	input: {
		assessmentId: string;
		tokenHash: string;
		name: string | null;
		role: RoleLayer;
		department: string | null;
	}
) {
	const row = await db
		.insertInto('respondents')
		.values({
			assessment_id: input.assessmentId,
			token_hash: input.tokenHash,
			name: input.name,
			role_layer: input.role,
			department: input.department
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

/** Opens (or reopens) the session: a join code if it has none, a fresh join window. */
export async function openSession(
	db: Kysely<DB>,
	orgId: string,
	id: string,
	code: string,
	hours: number
) {
	await db
		.updateTable('assessments')
		.set({
			status: 'open',
			closed_at: null,
			join_code: sql<string>`coalesce(join_code, ${code})`,
			join_expires_at: new Date(Date.now() + hours * 3600_000),
			updated_at: new Date()
		})
		.where('organisation_id', '=', orgId)
		.where('id', '=', id)
		.where('mode', '=', 'workshop')
		.where('status', '<>', 'archived')
		.execute();
}

export async function setSection(
	db: Kysely<DB>,
	orgId: string,
	id: string,
	lens: string,
	open: boolean
) {
	// One statement, so two facilitators' clicks never lose each other's change.
	const without = sql<string[]>`array_remove(open_sections, ${lens}::text)`;
	await db
		.updateTable('assessments')
		.set({
			open_sections: open ? sql<string[]>`array_append(${without}, ${lens}::text)` : without,
			updated_at: new Date()
		})
		.where('organisation_id', '=', orgId)
		.where('id', '=', id)
		.execute();
}

export async function setRevealed(db: Kysely<DB>, orgId: string, id: string, revealed: boolean) {
	await db
		.updateTable('assessments')
		.set({ results_revealed: revealed, updated_at: new Date() })
		.where('organisation_id', '=', orgId)
		.where('id', '=', id)
		.execute();
}

/** What the live view needs about the session itself, read fresh at every recompute. */
export async function liveState(db: Kysely<DB>, id: string) {
	return db
		.selectFrom('assessments as a')
		.select([
			'a.anonymous',
			'a.status',
			'a.join_code',
			'a.join_expires_at',
			'a.open_sections',
			'a.results_revealed',
			'a.stage',
			(eb) =>
				eb
					.selectFrom('respondents as r')
					.select(sql<number>`count(r.finished_at)::int`.as('n'))
					.whereRef('r.assessment_id', '=', 'a.id')
					.as('finished')
		])
		.where('a.id', '=', id)
		.where('a.mode', '=', 'workshop')
		.executeTakeFirst();
}
export type LiveStateRow = NonNullable<Awaited<ReturnType<typeof liveState>>>;
