// People's edits in SQL. A write names the version its form was read at and changes nothing
// when the row has moved on since: the caller reports a conflict instead of overwriting.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { ActionStatus, ChangeElement, Phase } from '$lib/plans/types';
import type { ActionOwner } from '$lib/questionnaires/schema';
import type { DB } from '$lib/server/db/schema';
import type { ActionRow, GoalRow } from '$lib/plans/types';
import { listActions, listGoals, markEdited } from './repository';

type Db = Kysely<DB> | Transaction<DB>;

export type WriteResult = 'ok' | 'conflict' | 'not_found';

export interface OwnerValues {
	owner_id: string | null;
	owner_name: string | null;
}

async function planOf(db: Db, orgId: string, assessmentId: string) {
	return db
		.selectFrom('plans')
		.select('id')
		.where('organisation_id', '=', orgId)
		.where('assessment_id', '=', assessmentId)
		.executeTakeFirst();
}

/** A visible action of this assessment's plan, or undefined. */
export async function findAction(
	db: Db,
	orgId: string,
	assessmentId: string,
	id: string
): Promise<{ planId: string; row: ActionRow } | undefined> {
	const plan = await planOf(db, orgId, assessmentId);
	if (!plan) return undefined;
	const row = (await listActions(db, plan.id)).find((a) => a.id === id && !a.removed);
	return row && { planId: plan.id, row };
}

export async function findGoal(
	db: Db,
	orgId: string,
	assessmentId: string,
	id: string
): Promise<{ planId: string; row: GoalRow } | undefined> {
	const plan = await planOf(db, orgId, assessmentId);
	if (!plan) return undefined;
	const row = (await listGoals(db, plan.id)).find((g) => g.id === id);
	return row && { planId: plan.id, row };
}

async function written(
	db: Db,
	table: 'plan_actions' | 'plan_goals',
	planId: string,
	id: string,
	done: boolean
): Promise<WriteResult> {
	if (done) {
		await markEdited(db, planId);
		return 'ok';
	}
	const still = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
	return still ? 'conflict' : 'not_found';
}

export async function updateAction(
	trx: Transaction<DB>,
	planId: string,
	id: string,
	version: number,
	values: {
		text: string | null;
		phase: Phase | null;
		due: string | null;
		status: ActionStatus;
		owner_role: ActionOwner | null;
		deliverable: string | null;
		depends_on: string[] | null;
	} & OwnerValues
): Promise<WriteResult> {
	const row = await trx
		.updateTable('plan_actions')
		.set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
		.where('id', '=', id)
		.where('plan_id', '=', planId)
		.where('version', '=', version)
		.where('removed_at', 'is', null)
		.returning('id')
		.executeTakeFirst();
	return written(trx, 'plan_actions', planId, id, row !== undefined);
}

/** An added action is deleted; a recommendation is kept as a tombstone so it stays removed. */
export async function removeAction(
	trx: Transaction<DB>,
	planId: string,
	id: string,
	version: number,
	added: boolean
): Promise<WriteResult> {
	const row = added
		? await trx
				.deleteFrom('plan_actions')
				.where('id', '=', id)
				.where('plan_id', '=', planId)
				.where('version', '=', version)
				.returning('id')
				.executeTakeFirst()
		: await trx
				.updateTable('plan_actions')
				.set({ removed_at: sql`now()`, version: sql`version + 1`, updated_at: sql`now()` })
				.where('id', '=', id)
				.where('plan_id', '=', planId)
				.where('version', '=', version)
				.where('removed_at', 'is', null)
				.returning('id')
				.executeTakeFirst();
	return written(trx, 'plan_actions', planId, id, row !== undefined);
}

export async function insertAction(
	trx: Transaction<DB>,
	plan: { id: string; orgId: string },
	values: {
		text: string;
		phase: Phase;
		element: ChangeElement | null;
		due: string | null;
		position: number;
	} & OwnerValues
): Promise<string> {
	const row = await trx
		.insertInto('plan_actions')
		.values({ ...values, plan_id: plan.id, organisation_id: plan.orgId })
		.returning('id')
		.executeTakeFirstOrThrow();
	await markEdited(trx, plan.id);
	return row.id;
}

export async function setPositions(
	trx: Transaction<DB>,
	planId: string,
	positions: { id: string; position: number }[]
) {
	for (const p of positions)
		await trx
			.updateTable('plan_actions')
			.set({ position: p.position, updated_at: sql`now()` })
			.where('id', '=', p.id)
			.where('plan_id', '=', planId)
			.execute();
	await markEdited(trx, planId);
}

export async function updateGoal(
	trx: Transaction<DB>,
	planId: string,
	id: string,
	version: number,
	values: {
		kpi_id: string;
		kpi: string | null;
		measurement: string | null;
		baseline: string | null;
		target: string | null;
		due: string | null;
	} & OwnerValues
): Promise<WriteResult> {
	const row = await trx
		.updateTable('plan_goals')
		.set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
		.where('id', '=', id)
		.where('plan_id', '=', planId)
		.where('version', '=', version)
		.returning('id')
		.executeTakeFirst();
	return written(trx, 'plan_goals', planId, id, row !== undefined);
}
