// Owner roles, deliverables and dependencies on stored plans (issue 14 §4), on either engine:
// what people set is stored and survives regeneration; a cycle or a phase before a dependency
// is refused with a translated message and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDependencies, rowDependencies } from '$lib/plans/dependencies';
import type { ActionRow } from '$lib/plans/types';
import { planView } from '$lib/plans/view';
import type { Database } from '$lib/server/db/connect';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { editAction } from './edit-service';
import { listActions, listGoals } from './repository';
import { openPlan, regenerate, type PlanContext } from './service';
import { answerAll, seedAssessment, seedOrganisation } from './test-support';

let database: Database;
let org: Awaited<ReturnType<typeof seedOrganisation>>;

beforeAll(async () => {
	database = await testDatabase();
	org = await seedOrganisation(database.db, 'Dependencies Ltd');
});
afterAll(() => database.close());

async function planWithAnswers(): Promise<PlanContext> {
	const assessment = await seedAssessment(database.db, org);
	await answerAll(database.db, assessment.id, 1);
	return { orgId: org.orgId, assessment };
}

/**
 * Two first-90-days actions where b may be made to follow a and the content does not already
 * recommend it (v2 content recommends some dependencies itself; a person's edit equal to the
 * recommendation is stored as "as recommended").
 */
function freePair(all: ActionRow[]): [ActionRow, ActionRow] {
	const deps = rowDependencies(all);
	const firsts = all.filter((r) => r.element === null && r.suggested?.phase === 'first_90_days');
	for (const b of firsts)
		for (const a of firsts) {
			const own = deps.get(b.id) ?? [];
			if (a.id === b.id || own.includes(a.id)) continue;
			if (checkDependencies(all, b.id, 'first_90_days', [a.id]) === null) return [a, b];
		}
	throw new Error('too few actions');
}

async function rows(ctx: PlanContext): Promise<ActionRow[]> {
	const { plan } = await openPlan(database.db, ctx);
	return listActions(database.db, plan.id);
}

const edit = (row: ActionRow, over: Record<string, unknown> = {}) => ({
	id: row.id,
	version: row.version,
	text: row.text ?? row.suggested?.text.en ?? '',
	phase: row.phase ?? row.suggested?.phase ?? 'first_90_days',
	owner: row.owner?.name ?? null,
	due: row.due,
	status: row.status,
	...over
});

describe(`plan dependencies (${testEngine()})`, () => {
	it('generates owner roles, deliverables and lifts for every recommendation', async () => {
		const ctx = await planWithAnswers();
		const all = await rows(ctx);
		for (const r of all) {
			expect(['executive', 'middle_manager', 'specialist']).toContain(r.suggested?.owner);
			expect(r.suggested?.deliverable?.en).toBeTruthy();
		}
		expect(all.some((r) => (r.suggested?.lifts ?? []).length > 0)).toBe(true);
	});

	it('stores a dependency, owner role and deliverable, and keeps them through regeneration', async () => {
		const ctx = await planWithAnswers();
		const [a, b] = freePair(await rows(ctx));
		expect(
			await editAction(
				database.db,
				ctx,
				edit(b, { after: [a.id], ownerRole: 'specialist', deliverable: 'A signed charter' })
			)
		).toEqual({ ok: true });
		await answerAll(database.db, ctx.assessment.id, 2);
		expect(await regenerate(database.db, ctx)).toEqual({ ok: true });
		const stored = (await rows(ctx)).find((r) => r.id === b.id);
		expect(stored).toMatchObject({
			dependsOn: [a.id],
			ownerRole: 'specialist',
			deliverable: 'A signed charter'
		});
	});

	it('refuses a cycle and a phase before a dependency, naming the actions, and writes nothing', async () => {
		const ctx = await planWithAnswers();
		const [a, b] = freePair(await rows(ctx));
		await editAction(database.db, ctx, edit(b, { after: [a.id] }));
		const before = await rows(ctx);
		const a1 = before.find((r) => r.id === a.id) as ActionRow;
		const b1 = before.find((r) => r.id === b.id) as ActionRow;

		const cycle = await editAction(database.db, ctx, edit(a1, { after: [b.id] }), 'fa');
		expect(cycle).toMatchObject({
			ok: false,
			status: 400,
			errors: { after: { key: 'plan.gap.errors.cycle' } }
		});
		const path = !cycle.ok ? String(cycle.errors.after?.params?.path) : '';
		expect(path).toContain(a.suggested?.text.fa);
		expect(path).toContain(' → ');

		const early = await editAction(database.db, ctx, edit(a1, { phase: 'months_6_12', after: [] }));
		expect(early).toMatchObject({
			ok: false,
			errors: { after: { key: 'plan.gap.errors.dependency_phase' } }
		});
		const unknown = await editAction(
			database.db,
			ctx,
			edit(b1, { after: ['00000000-0000-4000-8000-000000000000'] })
		);
		expect(unknown).toMatchObject({
			ok: false,
			errors: { after: { key: 'plan.gap.errors.dependency_unknown' } }
		});
		expect(await rows(ctx)).toEqual(before);
	});

	it('shows an action that follows a later dependency in the later phase', async () => {
		const ctx = await planWithAnswers();
		const all = await rows(ctx);
		const lateActions = all.filter(
			(r) => r.element === null && r.suggested?.phase && r.suggested.phase !== 'first_90_days'
		);
		// An early action nothing depends on, which may move to a late one's phase and follow it.
		let early: ActionRow | undefined;
		let late: ActionRow | undefined;
		for (const e of all.filter((r) => r.element === null && r.suggested?.phase === 'first_90_days'))
			for (const l of lateActions)
				if (
					!early &&
					checkDependencies(all, e.id, l.suggested?.phase ?? 'first_90_days', [l.id]) === null
				) {
					early = e;
					late = l;
				}
		if (!early || !late) throw new Error('no actions in both phases');
		// The late one depends on nothing; make the early one depend on it and move it later too.
		expect(
			await editAction(
				database.db,
				ctx,
				edit(early, { phase: late.suggested?.phase, after: [late.id] })
			)
		).toEqual({ ok: true });
		const { plan } = await openPlan(database.db, ctx);
		const view = planView(
			{
				...plan,
				actions: await listActions(database.db, plan.id),
				goals: await listGoals(database.db, plan.id)
			},
			null,
			'en'
		);
		const shown = view.phases.find((p) => p.phase === late.suggested?.phase)?.actions;
		expect(shown?.find((a) => a.id === early.id)?.dependencies).toEqual([
			{ id: late.id, text: late.suggested?.text.en }
		]);
	});
});
