import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import type { RoleLayer } from '$lib/scoring';

export async function findForUser(db: Kysely<DB>, assessmentId: string, userId: string) {
	return db
		.selectFrom('respondents')
		.select(['id', 'position', 'finished_at', 'role_layer'])
		.where('assessment_id', '=', assessmentId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
}

export async function createForUser(
	db: Kysely<DB>,
	input: {
		assessmentId: string;
		userId: string;
		name: string;
		role: RoleLayer;
		department: string | null;
	}
) {
	// One respondent per member and assessment: starting twice is harmless.
	await db
		.insertInto('respondents')
		.values({
			assessment_id: input.assessmentId,
			user_id: input.userId,
			name: input.name,
			role_layer: input.role,
			department: input.department
		})
		.onConflict((oc) =>
			oc.columns(['assessment_id', 'user_id']).where('user_id', 'is not', null).doNothing()
		)
		.execute();
}

export async function markFinished(db: Kysely<DB>, respondentId: string) {
	await db
		.updateTable('respondents')
		.set({ finished_at: new Date(), updated_at: new Date() })
		.where('id', '=', respondentId)
		.where('finished_at', 'is', null)
		.execute();
}

/** Everyone who answered, by name: their role layer and name (null for an anonymous one). */
export async function respondentNames(db: Kysely<DB>, assessmentId: string) {
	const rows = await db
		.selectFrom('respondents')
		.select(['role_layer as role', 'name'])
		.where('assessment_id', '=', assessmentId)
		.orderBy('name')
		.execute();
	return rows.map((p) => ({ ...p, role: p.role as RoleLayer }));
}
