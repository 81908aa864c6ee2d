import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSuggestions } from '$lib/plans/generate';
import type { Database } from '$lib/server/db/connect';
import { freeze, reassess } from '$lib/server/milestones/service';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { addAction, editAction, editGoal, moveAction, removeAction } from './edit-service';
import type { ActionRow } from '$lib/plans/types';
import { listActions, listGoals } from './repository';
import { openPlan, regenerate, type PlanContext } from './service';
import { answerAll, seedAssessment, seedOrganisation } from './test-support';
import { planView } from '$lib/plans/view';

let database: Database;
let org: Awaited<ReturnType<typeof seedOrganisation>>;

beforeAll(async () => {
	database = await testDatabase();
	org = await seedOrganisation(database.db, 'Parsian');
});
afterAll(() => database.close());

async function planWithAnswers(level: 0 | 1 | 2 | 3 | 4 = 1): Promise<PlanContext> {
	const assessment = await seedAssessment(database.db, org);
	await answerAll(database.db, assessment.id, level);
	return { orgId: org.orgId, assessment };
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

describe(`plan storage (${testEngine()})`, () => {
	it('stores the generated plan in its order and reloads it unchanged', async () => {
		const ctx = await planWithAnswers(1);
		const first = await openPlan(database.db, ctx);
		const stored = await listActions(database.db, first.plan.id);
		const generated = allSuggestions(first.generated);
		expect(generated.length).toBeGreaterThan(20);
		expect(stored.map((r) => r.key)).toEqual(generated.map((s) => s.key));
		expect(stored.map((r) => r.position)).toEqual(generated.map((_, i) => i + 1));
		expect(stored[0]?.suggested).toEqual(generated[0]);

		const again = await openPlan(database.db, ctx);
		expect(again.plan.id).toBe(first.plan.id);
		expect(again.stale).toBe(false);
		expect((await listActions(database.db, again.plan.id)).map((r) => r.id)).toEqual(
			stored.map((r) => r.id)
		);
		const goals = await listGoals(database.db, first.plan.id);
		expect(goals.map((g) => g.goal)).toEqual([
			'customer-identification',
			'data-management',
			'success-measurement',
			'speed-of-analysis',
			'higher-roi'
		]);
		const view = planView({ ...again.plan, actions: stored, goals }, again.content.goals, 'fa');
		expect(view.phases[0]?.actions[0]?.text).toMatch(/[\u0600-\u06FF]/);
		expect(view.change.map((c) => c.status)).toEqual([
			'missing',
			'missing',
			'missing',
			'missing',
			'missing'
		]);
		expect(view.scope).toHaveLength(9);
	});

	it('refuses a stale version with the conflict key and writes nothing', async () => {
		const ctx = await planWithAnswers(1);
		const [row] = await rows(ctx);
		if (!row) throw new Error('no action');
		expect(
			await editAction(database.db, ctx, edit(row, { text: 'Ours', status: 'in_progress' }))
		).toEqual({
			ok: true
		});
		const stale = edit(row, { text: 'Theirs', status: 'done' });
		const conflict = { ok: false, status: 409, errors: { _form: { key: 'plan.errors.conflict' } } };
		expect(await editAction(database.db, ctx, stale)).toEqual(conflict);
		expect(await removeAction(database.db, ctx, { id: row.id, version: row.version })).toEqual(
			conflict
		);
		const after = (await rows(ctx)).find((r) => r.id === row.id);
		expect(after).toMatchObject({
			text: 'Ours',
			status: 'in_progress',
			version: 2,
			removed: false
		});

		const { plan } = await openPlan(database.db, ctx);
		const [goal] = await listGoals(database.db, plan.id);
		if (!goal) throw new Error('no goal');
		const goalEdit = {
			id: goal.id,
			version: goal.version,
			kpi: 'Cost per new customer',
			measurement: null,
			baseline: '4.2 million rials',
			target: null,
			owner: null,
			due: '2027-06-30'
		};
		const goalCtx = { ...ctx, goals: (await openPlan(database.db, ctx)).content.goals };
		expect(await editGoal(database.db, goalCtx, goalEdit)).toEqual({ ok: true });
		expect(await editGoal(database.db, goalCtx, { ...goalEdit, baseline: 'other' })).toEqual(
			conflict
		);
		expect((await listGoals(database.db, plan.id))[0]).toMatchObject({
			baseline: '4.2 million rials',
			kpi: 'Cost per new customer',
			version: 2
		});
	});

	it('keeps following the recommendation when a field comes back as recommended', async () => {
		const ctx = await planWithAnswers(1);
		const [row] = await rows(ctx);
		if (!row?.suggested) throw new Error('no action');
		// The Persian wording of the recommendation counts as unchanged too.
		await editAction(
			database.db,
			ctx,
			edit(row, { text: row.suggested.text.fa, owner: org.userName })
		);
		const after = (await rows(ctx)).find((r) => r.id === row.id);
		expect(after).toMatchObject({ text: null, phase: null, owner: { name: org.userName } });
		expect(after?.owner?.id).not.toBeNull();
		await editAction(database.db, ctx, edit(after as ActionRow, { owner: 'Someone outside' }));
		expect((await rows(ctx)).find((r) => r.id === row.id)?.owner).toEqual({
			id: null,
			name: 'Someone outside'
		});
	});

	it('regenerates after new answers keeping every edit, adding and flagging recommendations', async () => {
		const ctx = await planWithAnswers(1);
		const before = await rows(ctx);
		const firstPhase = before.filter(
			(r) => r.element === null && r.suggested?.phase === 'first_90_days'
		);
		const [x, y, z1, z2, w] = firstPhase;
		if (!x || !y || !z1 || !z2 || !w) throw new Error('too few actions');
		await editAction(
			database.db,
			ctx,
			edit(x, {
				text: 'Our own wording',
				owner: 'Nadia Karimi',
				due: '2027-01-31',
				status: 'in_progress'
			})
		);
		await editAction(database.db, ctx, edit(y, { phase: 'months_6_12' }));
		await addAction(database.db, ctx, {
			text: 'Hire a CRM lead',
			phase: 'months_3_6',
			element: null,
			owner: null,
			due: null
		});
		// z1, z2 are neighbours once y has moved to months 6–12.
		await moveAction(database.db, ctx, { id: z2.id, direction: 'up' });
		await removeAction(database.db, ctx, { id: w.id, version: w.version });
		const edited = await rows(ctx);
		const lastPosition = Math.max(...edited.map((r) => r.position));

		// A second person rates everything 4: means 2.5, every item moves from tier low to mid.
		await answerAll(database.db, ctx.assessment.id, 4);
		expect((await openPlan(database.db, ctx)).stale).toBe(true);
		expect(await regenerate(database.db, ctx)).toEqual({ ok: true });
		const after = await rows(ctx);
		const byId = new Map(after.map((r) => [r.id, r]));

		expect(byId.get(x.id)).toMatchObject({
			text: 'Our own wording',
			owner: { id: null, name: 'Nadia Karimi' },
			due: '2027-01-31',
			status: 'in_progress',
			obsolete: true
		});
		expect(byId.get(x.id)?.version).toBe(3);
		expect(byId.get(y.id)?.phase).toBe('months_6_12');
		expect(after.find((r) => r.text === 'Hire a CRM lead')).toMatchObject({
			key: null,
			obsolete: false
		});
		const position = (id: string) => byId.get(id)?.position ?? 0;
		expect(position(z2.id)).toBeLessThan(position(z1.id));
		expect(byId.get(w.id)).toMatchObject({ removed: true });
		expect(after.filter((r) => r.key === w.key)).toHaveLength(1);

		const added = after.filter((r) => !edited.some((e) => e.id === r.id));
		expect(added.length).toBeGreaterThan(0);
		expect(added.every((r) => r.position > lastPosition && r.key !== null)).toBe(true);
		// Unedited rows whose recommendation went away are flagged with a new version.
		const gone = after.filter((r) => r.obsolete && r.id !== x.id && r.id !== y.id && !r.removed);
		expect(gone.length).toBeGreaterThan(0);
		expect(gone.every((r) => r.version === 2)).toBe(true);
		expect((await openPlan(database.db, ctx)).stale).toBe(false);
	});

	it('starts a re-assessment from the earlier plan and merges once it has answers', async () => {
		const ctx = await planWithAnswers(1);
		const [x] = await rows(ctx);
		if (!x) throw new Error('no action');
		await editAction(database.db, ctx, edit(x, { text: 'Carried over', status: 'done' }));
		const milestone = await freeze(database.db, {
			organisationId: org.orgId,
			assessment: ctx.assessment,
			label: 'Baseline',
			userId: org.userId
		});
		if (!milestone.ok) throw new Error(milestone.error);
		const next = await reassess(database.db, {
			organisationId: org.orgId,
			assessment: { ...ctx.assessment, mode: 'workshop', locale: 'en' },
			milestoneId: milestone.id,
			title: 'Again',
			userId: org.userId
		});
		if (!next.ok) throw new Error(next.error);
		const again: PlanContext = { orgId: org.orgId, assessment: { id: next.id, anonymous: false } };

		const copied = await rows(again);
		expect(copied.find((r) => r.key === x.key)).toMatchObject({
			text: 'Carried over',
			status: 'done',
			obsolete: false
		});
		expect(copied.every((r) => !r.obsolete)).toBe(true);
		expect(await regenerate(database.db, again)).toEqual({
			ok: false,
			status: 409,
			error: 'plan.errors.no_answers'
		});

		await answerAll(database.db, next.id, 3);
		expect((await openPlan(database.db, again)).stale).toBe(true);
		await regenerate(database.db, again);
		const merged = await rows(again);
		expect(merged.find((r) => r.key === x.key)).toMatchObject({
			text: 'Carried over',
			status: 'done',
			obsolete: true
		});
		expect(merged.some((r) => r.key?.endsWith('/review-goals-at-milestones'))).toBe(true);
		// The earlier plan is untouched.
		expect((await rows(ctx)).find((r) => r.id === x.id)?.obsolete).toBe(false);
	});

	it('lets a plan nobody edited follow the results by itself', async () => {
		const assessment = await seedAssessment(database.db, org);
		const ctx = { orgId: org.orgId, assessment };
		const empty = await openPlan(database.db, ctx);
		expect(empty.answered).toBe(false);
		expect(await rows(ctx)).toEqual([]);
		await answerAll(database.db, assessment.id, 2);
		const filled = await openPlan(database.db, ctx);
		expect(filled.stale).toBe(false);
		expect((await rows(ctx)).length).toBeGreaterThan(10);
	});

	it('finds nothing of the plan from another organisation', async () => {
		const ctx = await planWithAnswers(1);
		const [row] = await rows(ctx);
		if (!row) throw new Error('no action');
		const other = await seedOrganisation(database.db, 'Other');
		const outside: PlanContext = { orgId: other.orgId, assessment: ctx.assessment };
		const notFound = { ok: false, status: 404, errors: { _form: { key: 'errors.not_found' } } };
		expect(await editAction(database.db, outside, edit(row, { text: 'x' }))).toEqual(notFound);
		expect(await removeAction(database.db, outside, { id: row.id, version: row.version })).toEqual(
			notFound
		);
		expect(await moveAction(database.db, outside, { id: row.id, direction: 'up' })).toEqual(
			notFound
		);
		expect((await rows(ctx)).find((r) => r.id === row.id)).toMatchObject({
			text: null,
			version: 1
		});
	});
});
