// Plans, their actions and goal rows in SQL. Every function takes the organisation: a row is
// reached only through its tenant. Rows are mapped to the plan's vocabulary here and nowhere else.
import { sql, type Kysely, type Transaction } from 'kysely';
import type {
	ActionRow,
	ActionStatus,
	ChangeElement,
	Generated,
	GoalRow,
	Owner,
	Phase,
	Suggestion
} from '$lib/plans/types';
import type { ActionOwner } from '$lib/questionnaires/schema';
import type { DB } from '$lib/server/db/schema';

type Db = Kysely<DB> | Transaction<DB>;

export interface PlanRow {
	id: string;
	generated: Generated;
	fingerprint: string;
	generatedAt: Date;
	editedAt: Date | null;
	createdAt: Date;
}

export async function findPlan(db: Db, orgId: string, assessmentId: string) {
	const row = await db
		.selectFrom('plans')
		.select(['id', 'generated', 'fingerprint', 'generated_at', 'edited_at', 'created_at'])
		.where('organisation_id', '=', orgId)
		.where('assessment_id', '=', assessmentId)
		.executeTakeFirst();
	return row ? toPlan(row) : undefined;
}

/** The stored plan with its actions and goal rows, as planView reads it; null if never opened. */
export async function findPlanState(db: Db, orgId: string, assessmentId: string) {
	const plan = await findPlan(db, orgId, assessmentId);
	if (!plan) return null;
	const [actions, goals] = await Promise.all([listActions(db, plan.id), listGoals(db, plan.id)]);
	return { ...plan, actions, goals };
}

/** The plan row, locked until the transaction ends: structural changes take turns. */
export async function lockPlan(trx: Transaction<DB>, planId: string) {
	const row = await trx
		.selectFrom('plans')
		.select(['id', 'generated', 'fingerprint', 'generated_at', 'edited_at', 'created_at'])
		.where('id', '=', planId)
		.forUpdate()
		.executeTakeFirstOrThrow();
	return toPlan(row);
}

function toPlan(row: {
	id: string;
	generated: unknown;
	fingerprint: string;
	generated_at: Date;
	edited_at: Date | null;
	created_at: Date;
}): PlanRow {
	return {
		id: row.id,
		generated: row.generated as Generated,
		fingerprint: row.fingerprint,
		generatedAt: row.generated_at,
		editedAt: row.edited_at,
		createdAt: row.created_at
	};
}

/** Creates the plan unless another request just did; returns its id either way. */
export async function insertPlan(
	trx: Transaction<DB>,
	input: {
		orgId: string;
		assessmentId: string;
		generated: Generated;
		fingerprint: string;
		editedAt: Date | null;
	}
): Promise<{ id: string; created: boolean }> {
	const row = await trx
		.insertInto('plans')
		.values({
			organisation_id: input.orgId,
			assessment_id: input.assessmentId,
			generated: JSON.stringify(input.generated),
			fingerprint: input.fingerprint,
			edited_at: input.editedAt
		})
		.onConflict((oc) => oc.column('assessment_id').doNothing())
		.returning('id')
		.executeTakeFirst();
	if (row) return { id: row.id, created: true };
	const existing = await trx
		.selectFrom('plans')
		.select('id')
		.where('assessment_id', '=', input.assessmentId)
		.executeTakeFirstOrThrow();
	return { id: existing.id, created: false };
}

export async function setGenerated(
	trx: Transaction<DB>,
	planId: string,
	generated: Generated,
	fingerprint: string
) {
	await trx
		.updateTable('plans')
		.set({ generated: JSON.stringify(generated), fingerprint, generated_at: sql`now()` })
		.where('id', '=', planId)
		.execute();
}

export async function markEdited(db: Db, planId: string) {
	await db
		.updateTable('plans')
		.set({ edited_at: sql`now()` })
		.where('id', '=', planId)
		.execute();
}

const owner = (id: string | null, member: string | null, name: string | null): Owner | null =>
	id && member ? { id, name: member } : name ? { id: null, name } : null;

export async function listActions(db: Db, planId: string): Promise<ActionRow[]> {
	const rows = await db
		.selectFrom('plan_actions as a')
		.leftJoin('users as u', 'u.id', 'a.owner_id')
		.select([
			'a.id',
			'a.key',
			'a.element',
			'a.position',
			'a.suggested',
			'a.text',
			'a.phase',
			'a.owner_id',
			'a.owner_name',
			'u.name as member_name',
			'a.due',
			'a.status',
			'a.obsolete',
			'a.removed_at',
			'a.version',
			'a.owner_role',
			'a.deliverable',
			'a.depends_on'
		])
		.where('a.plan_id', '=', planId)
		.orderBy('a.position')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		key: r.key,
		element: r.element as ChangeElement | null,
		position: r.position,
		suggested: r.suggested as Suggestion | null,
		text: r.text,
		phase: r.phase as Phase | null,
		owner: owner(r.owner_id, r.member_name, r.owner_name),
		ownerRole: r.owner_role as ActionOwner | null,
		deliverable: r.deliverable,
		dependsOn: r.depends_on,
		due: r.due,
		status: r.status as ActionStatus,
		obsolete: r.obsolete,
		removed: r.removed_at !== null,
		version: r.version
	}));
}

export async function listGoals(db: Db, planId: string): Promise<GoalRow[]> {
	const rows = await db
		.selectFrom('plan_goals as g')
		.leftJoin('users as u', 'u.id', 'g.owner_id')
		.select([
			'g.id',
			'g.goal_id',
			'g.kpi_id',
			'g.kpi',
			'g.measurement',
			'g.baseline',
			'g.target',
			'g.owner_id',
			'g.owner_name',
			'u.name as member_name',
			'g.due',
			'g.version'
		])
		.where('g.plan_id', '=', planId)
		.orderBy('g.position')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		goal: r.goal_id,
		kpiId: r.kpi_id,
		kpi: r.kpi,
		measurement: r.measurement,
		baseline: r.baseline,
		target: r.target,
		owner: owner(r.owner_id, r.member_name, r.owner_name),
		due: r.due,
		version: r.version
	}));
}

export async function insertSuggestions(
	trx: Transaction<DB>,
	plan: { id: string; orgId: string },
	rows: { suggestion: Suggestion; position: number }[]
) {
	if (rows.length === 0) return;
	await trx
		.insertInto('plan_actions')
		.values(
			rows.map(({ suggestion, position }) => ({
				plan_id: plan.id,
				organisation_id: plan.orgId,
				key: suggestion.key,
				element: suggestion.element,
				position,
				suggested: JSON.stringify(suggestion)
			}))
		)
		.execute();
}

export async function refreshSuggestion(
	trx: Transaction<DB>,
	id: string,
	change: { suggested: Suggestion; obsolete: boolean; bump: boolean }
) {
	await trx
		.updateTable('plan_actions')
		.set({
			suggested: JSON.stringify(change.suggested),
			obsolete: change.obsolete,
			version: change.bump ? sql`version + 1` : sql`version`,
			updated_at: sql`now()`
		})
		.where('id', '=', id)
		.execute();
}

export async function insertGoals(
	trx: Transaction<DB>,
	plan: { id: string; orgId: string },
	rows: { goal: string; kpi: string; position: number }[]
) {
	if (rows.length === 0) return;
	await trx
		.insertInto('plan_goals')
		.values(
			rows.map((g) => ({
				plan_id: plan.id,
				organisation_id: plan.orgId,
				goal_id: g.goal,
				kpi_id: g.kpi,
				position: g.position
			}))
		)
		.onConflict((oc) => oc.columns(['plan_id', 'goal_id']).doNothing())
		.execute();
}

/** A re-assessment starts from the plan of the assessment it came from, people's work and all. */
export async function copyRows(trx: Transaction<DB>, from: string, to: string) {
	await sql`
		insert into plan_actions (plan_id, organisation_id, key, element, position, suggested, text,
			phase, owner_id, owner_name, due, status, obsolete, removed_at, owner_role, deliverable,
			depends_on)
		select ${to}, organisation_id, key, element, position, suggested, text, phase, owner_id,
			owner_name, due, status, obsolete, removed_at, owner_role, deliverable, depends_on
		from plan_actions where plan_id = ${from}`.execute(trx);
	// Dependencies a person set name the old plan's rows: point them at the copies (same
	// position, which is unique within a plan).
	await sql`
		update plan_actions n set depends_on = coalesce((
			select array_agg(m.id order by m.position)
			from unnest(n.depends_on) d(id)
			join plan_actions o on o.id = d.id and o.plan_id = ${from}
			join plan_actions m on m.plan_id = ${to} and m.position = o.position
		), '{}')
		where n.plan_id = ${to} and n.depends_on is not null`.execute(trx);
	await sql`
		insert into plan_goals (plan_id, organisation_id, goal_id, position, kpi_id, kpi,
			measurement, baseline, target, owner_id, owner_name, due)
		select ${to}, organisation_id, goal_id, position, kpi_id, kpi, measurement, baseline,
			target, owner_id, owner_name, due
		from plan_goals where plan_id = ${from}`.execute(trx);
}

/** The plan of the assessment a re-assessment was started from (through its milestone). */
export async function parentPlan(db: Db, orgId: string, assessmentId: string) {
	const row = await db
		.selectFrom('assessments as a')
		.innerJoin('milestones as m', 'm.id', 'a.parent_milestone_id')
		.innerJoin('plans as p', 'p.assessment_id', 'm.assessment_id')
		.select([
			'p.id',
			'p.generated',
			'p.fingerprint',
			'p.generated_at',
			'p.edited_at',
			'p.created_at'
		])
		.where('a.id', '=', assessmentId)
		.where('a.organisation_id', '=', orgId)
		.where('p.organisation_id', '=', orgId)
		.executeTakeFirst();
	return row ? toPlan(row) : undefined;
}
