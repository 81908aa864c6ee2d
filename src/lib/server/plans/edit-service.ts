// The rules of people's edits. A field sent back exactly as recommended keeps following the
// recommendation (so a later regeneration may still improve it); anything else is the person's
// own and stays. Every edit checks the version its form was read at.
import type { Kysely } from 'kysely';
import type { Locale } from '$lib/i18n/locale';
import {
	checkDependencies,
	rowDependencies,
	type DependencyProblem
} from '$lib/plans/dependencies';
import type { ActionRow } from '$lib/plans/types';
import type { Bilingual, WorksheetQuestionnaire } from '$lib/questionnaires/schema';
import type { DB } from '$lib/server/db/schema';
import type { FieldError, FieldErrors } from '$lib/server/forms';
import { listMembers } from '$lib/server/organisations/repository';
import * as edits from './edit-repository';
import { listActions, lockPlan } from './repository';
import type { AddActionInput, EditActionInput, EditGoalInput } from './schema';
import { openPlan, type PlanContext } from './service';

export type EditOutcome =
	{ ok: true } | { ok: false; status: 400 | 404 | 409; errors: FieldErrors };

const OUTCOMES: Record<Exclude<edits.WriteResult, 'ok'>, EditOutcome> = {
	conflict: { ok: false, status: 409, errors: { _form: { key: 'plan.errors.conflict' } } },
	not_found: { ok: false, status: 404, errors: { _form: { key: 'errors.not_found' } } }
};
const outcome = (r: edits.WriteResult): EditOutcome => (r === 'ok' ? { ok: true } : OUTCOMES[r]);

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** True when `value` is the recommended text in either language. */
const isTemplate = (value: string, texts: readonly (Bilingual | undefined)[]) =>
	texts.some((t) => t !== undefined && (norm(t.en) === norm(value) || norm(t.fa) === norm(value)));

/** A member named (by name or email) exactly and unambiguously, or the name as typed. */
export async function resolveOwner(
	db: Kysely<DB>,
	orgId: string,
	value: string | null
): Promise<edits.OwnerValues> {
	if (!value) return { owner_id: null, owner_name: null };
	const v = value.toLowerCase();
	const matches = (await listMembers(db, orgId)).filter(
		(m) => m.name.trim().toLowerCase() === v || m.email.toLowerCase() === v
	);
	return matches.length === 1 && matches[0]
		? { owner_id: matches[0].id, owner_name: null }
		: { owner_id: null, owner_name: value };
}

/** An edit of an action; a field left out keeps its value (owner role, deliverable, dependencies). */
export type ActionEdit = Omit<EditActionInput, 'ownerRole' | 'deliverable' | 'after'> &
	Partial<Pick<EditActionInput, 'ownerRole' | 'deliverable' | 'after'>>;

/** A refused dependency, named by the actions' texts in the editor's language. */
function dependencyRefusal(
	problem: DependencyProblem,
	rows: readonly ActionRow[],
	locale: Locale
): EditOutcome {
	const name = (id: string) => {
		const r = rows.find((a) => a.id === id);
		return r?.text ?? r?.suggested?.text[locale] ?? '';
	};
	const error: FieldError =
		problem.kind === 'unknown'
			? { key: 'plan.gap.errors.dependency_unknown' }
			: problem.kind === 'cycle'
				? { key: 'plan.gap.errors.cycle', params: { path: problem.path.map(name).join(' → ') } }
				: {
						key: 'plan.gap.errors.dependency_phase',
						params: { action: name(problem.before), dependency: name(problem.after) }
					};
	return { ok: false, status: 400, errors: { after: error } };
}

export async function editAction(
	db: Kysely<DB>,
	ctx: PlanContext,
	edit: ActionEdit,
	locale: Locale = 'en'
): Promise<EditOutcome> {
	const found = await edits.findAction(db, ctx.orgId, ctx.assessment.id, edit.id);
	if (!found) return OUTCOMES.not_found;
	if (found.row.version !== edit.version) return OUTCOMES.conflict;
	const s = found.row.suggested;
	const input: EditActionInput = {
		...edit,
		ownerRole:
			edit.ownerRole === undefined ? (found.row.ownerRole ?? s?.owner ?? null) : edit.ownerRole,
		deliverable: edit.deliverable === undefined ? found.row.deliverable : edit.deliverable,
		after: edit.after ?? []
	};
	const owner = await resolveOwner(db, ctx.orgId, input.owner);
	let refusal: EditOutcome | null = null;
	const result = await db.transaction().execute(async (trx) => {
		// Under the plan's lock: two edits at once must not close a cycle between them.
		await lockPlan(trx, found.planId);
		const rows = await listActions(trx, found.planId);
		// A caller that sends no dependencies keeps the row's.
		if (edit.after === undefined) input.after = rowDependencies(rows).get(input.id) ?? [];
		const problem = checkDependencies(rows, input.id, input.phase, input.after);
		if (problem) {
			refusal = dependencyRefusal(problem, rows, locale);
			return 'ok' as const;
		}
		const recommended = rowDependencies(rows.map((r) => ({ ...r, dependsOn: null }))).get(input.id);
		const sameDeps =
			recommended !== undefined &&
			recommended.length === input.after.length &&
			recommended.every((d) => input.after.includes(d));
		const values = {
			text: s && isTemplate(input.text, [s.text]) ? null : input.text,
			phase: s && input.phase === s.phase ? null : input.phase,
			due: input.due,
			status: input.status,
			owner_role: s && input.ownerRole === s.owner ? null : input.ownerRole,
			deliverable:
				input.deliverable === null ||
				(s && isTemplate(input.deliverable, [s.deliverable ?? s.text]))
					? null
					: input.deliverable,
			depends_on: s && sameDeps ? null : input.after,
			...owner
		};
		return edits.updateAction(trx, found.planId, input.id, input.version, values);
	});
	return refusal ?? outcome(result);
}

export async function removeAction(
	db: Kysely<DB>,
	ctx: PlanContext,
	input: { id: string; version: number }
): Promise<EditOutcome> {
	const found = await edits.findAction(db, ctx.orgId, ctx.assessment.id, input.id);
	if (!found) return OUTCOMES.not_found;
	if (found.row.version !== input.version) return OUTCOMES.conflict;
	const added = found.row.key === null;
	return outcome(
		await db
			.transaction()
			.execute((trx) => edits.removeAction(trx, found.planId, input.id, input.version, added))
	);
}

/**
 * Swaps an action with its neighbour in the list it is shown in: same change-management element
 * (or the prioritised list) and same phase. At either end it stays where it is.
 */
export async function moveAction(
	db: Kysely<DB>,
	ctx: PlanContext,
	input: { id: string; direction: 'up' | 'down' }
): Promise<EditOutcome> {
	const found = await edits.findAction(db, ctx.orgId, ctx.assessment.id, input.id);
	if (!found) return OUTCOMES.not_found;
	await db.transaction().execute(async (trx) => {
		await lockPlan(trx, found.planId);
		const phaseOf = (a: { phase: string | null; suggested: { phase: string } | null }) =>
			a.phase ?? a.suggested?.phase;
		const rows = await listActions(trx, found.planId);
		const me = rows.find((a) => a.id === input.id);
		if (!me) return;
		const list = rows.filter(
			(a) => !a.removed && a.element === me.element && phaseOf(a) === phaseOf(me)
		);
		const i = list.findIndex((a) => a.id === me.id);
		const other = list[input.direction === 'up' ? i - 1 : i + 1];
		if (!other) return;
		await edits.setPositions(trx, found.planId, [
			{ id: me.id, position: other.position },
			{ id: other.id, position: me.position }
		]);
	});
	return { ok: true };
}

export async function addAction(
	db: Kysely<DB>,
	ctx: PlanContext,
	input: AddActionInput
): Promise<EditOutcome> {
	const { plan } = await openPlan(db, ctx);
	const owner = await resolveOwner(db, ctx.orgId, input.owner);
	await db.transaction().execute(async (trx) => {
		await lockPlan(trx, plan.id);
		const last = Math.max(0, ...(await listActions(trx, plan.id)).map((a) => a.position));
		await edits.insertAction(
			trx,
			{ id: plan.id, orgId: ctx.orgId },
			{
				text: input.text,
				phase: input.phase,
				element: input.element,
				due: input.due,
				...owner,
				position: last + 1
			}
		);
	});
	return { ok: true };
}

export async function editGoal(
	db: Kysely<DB>,
	ctx: PlanContext & { goals: WorksheetQuestionnaire | null },
	input: EditGoalInput
): Promise<EditOutcome> {
	const found = await edits.findGoal(db, ctx.orgId, ctx.assessment.id, input.id);
	if (!found) return OUTCOMES.not_found;
	if (found.row.version !== input.version) return OUTCOMES.conflict;
	const kpis = ctx.goals?.goals.find((g) => g.id === found.row.goal)?.kpis ?? [];
	// Picking another template's name switches the row to that template.
	const chosen = kpis.find((k) => isTemplate(input.kpi, [k.name]));
	const own = (value: string | null, pick: (k: (typeof kpis)[number]) => Bilingual) =>
		value === null || isTemplate(value, kpis.map(pick)) ? null : value;
	const values = {
		kpi_id: chosen?.id ?? found.row.kpiId,
		kpi: chosen ? null : input.kpi,
		measurement: own(input.measurement, (k) => k.measurement),
		baseline: input.baseline,
		target: own(input.target, (k) => k.target),
		due: input.due,
		...(await resolveOwner(db, ctx.orgId, input.owner))
	};
	return outcome(
		await db
			.transaction()
			.execute((trx) => edits.updateGoal(trx, found.planId, input.id, input.version, values))
	);
}
