// The plan's life: created from the results on first visit (or copied from the plan of the
// assessment a re-assessment started from), refreshed automatically while nobody has edited it,
// and regenerated on request afterwards — always through the merge, so people's work stays.
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { allSuggestions, generatePlan } from '$lib/plans/generate';
import { mergePlan } from '$lib/plans/merge';
import { stateFromGenerated } from '$lib/plans/view';
import type { Generated, GeneratedPlan } from '$lib/plans/types';
import type { AssessmentResult } from '$lib/scoring';
import type { PinnedContent } from '$lib/server/assessments/content';
import type { DB } from '$lib/server/db/schema';
import * as repo from './repository';
import { answered, planSource, type AssessmentRef } from './source';

export interface PlanContext {
	orgId: string;
	assessment: AssessmentRef;
}

export interface OpenedPlan {
	plan: repo.PlanRow;
	content: PinnedContent;
	generated: GeneratedPlan;
	/** The results the plan was generated from (agreed view, anonymised where promised). */
	result: AssessmentResult;
	/** The results have changed since the plan was last generated. */
	stale: boolean;
	/** Someone has answered something: regenerating has results to work from. */
	answered: boolean;
}

export function fingerprint(plan: GeneratedPlan): string {
	return createHash('sha256').update(JSON.stringify(plan)).digest('hex');
}

function generatedParts(plan: GeneratedPlan): Generated {
	return { change: plan.change.map(({ actions: _, ...rest }) => rest), scope: plan.scope };
}

async function generate(db: Kysely<DB>, ctx: PlanContext) {
	const { content, source } = await planSource(db, ctx.assessment);
	const generated = generatePlan(source);
	return {
		content,
		generated,
		result: source.result,
		fingerprint: fingerprint(generated),
		answered: answered(source)
	};
}

/** Applies a generation to a stored plan, under the plan's lock. */
async function mergeInto(
	trx: Transaction<DB>,
	ctx: PlanContext,
	planId: string,
	generated: GeneratedPlan,
	digest: string
) {
	await repo.lockPlan(trx, planId);
	const stored = await repo.listActions(trx, planId);
	const { update, insert } = mergePlan(stored, allSuggestions(generated));
	for (const u of update) await repo.refreshSuggestion(trx, u.id, u);
	const plan = { id: planId, orgId: ctx.orgId };
	await repo.insertSuggestions(trx, plan, insert);
	await repo.insertGoals(
		trx,
		plan,
		generated.goals.map((g, position) => ({ ...g, position }))
	);
	await repo.setGenerated(trx, planId, generatedParts(generated), digest);
}

async function create(db: Kysely<DB>, ctx: PlanContext, g: Awaited<ReturnType<typeof generate>>) {
	await db.transaction().execute(async (trx) => {
		const parent = await repo.parentPlan(trx, ctx.orgId, ctx.assessment.id);
		const { id, created } = await repo.insertPlan(trx, {
			orgId: ctx.orgId,
			assessmentId: ctx.assessment.id,
			generated: parent?.generated ?? generatedParts(g.generated),
			fingerprint: parent?.fingerprint ?? g.fingerprint,
			editedAt: parent?.editedAt ?? null
		});
		if (!created) return;
		if (parent) {
			await repo.copyRows(trx, parent.id, id);
			// A re-assessment nobody has answered yet would make every recommendation look
			// obsolete: keep the copy as it is until there are answers to merge.
			if (g.answered) await mergeInto(trx, ctx, id, g.generated, g.fingerprint);
			return;
		}
		const plan = { id, orgId: ctx.orgId };
		const all = allSuggestions(g.generated);
		await repo.insertSuggestions(
			trx,
			plan,
			all.map((suggestion, i) => ({ suggestion, position: i + 1 }))
		);
		await repo.insertGoals(
			trx,
			plan,
			g.generated.goals.map((goal, position) => ({ ...goal, position }))
		);
	});
}

/**
 * The assessment's plan, created on first use. A plan nobody has edited follows the results
 * by itself; once edited, it changes only when someone asks (the page then shows `stale`).
 */
export async function openPlan(db: Kysely<DB>, ctx: PlanContext): Promise<OpenedPlan> {
	const g = await generate(db, ctx);
	let plan = await repo.findPlan(db, ctx.orgId, ctx.assessment.id);
	if (!plan) await create(db, ctx, g);
	else if (!plan.editedAt && g.answered && plan.fingerprint !== g.fingerprint)
		await db
			.transaction()
			.execute((trx) => mergeInto(trx, ctx, (plan as repo.PlanRow).id, g.generated, g.fingerprint));
	plan = await repo.findPlan(db, ctx.orgId, ctx.assessment.id);
	if (!plan) throw new Error(`plan of assessment ${ctx.assessment.id} was not stored`);
	return {
		plan,
		content: g.content,
		generated: g.generated,
		result: g.result,
		stale: plan.fingerprint !== g.fingerprint,
		answered: g.answered
	};
}

/**
 * The plan as it stands, for someone who cannot edit it: reads only (a GET never writes). A
 * plan never opened is shown as it would be generated now; a stored one as stored.
 */
export async function readPlan(db: Kysely<DB>, ctx: PlanContext, now = new Date()) {
	const g = await generate(db, ctx);
	const stored = await repo.findPlanState(db, ctx.orgId, ctx.assessment.id);
	return {
		state: stored ?? stateFromGenerated(g.generated, now),
		content: g.content,
		result: g.result,
		stale: stored ? stored.fingerprint !== g.fingerprint : false,
		answered: g.answered
	};
}

export type RegenerateOutcome = { ok: true } | { ok: false; status: 409; error: string };

/** Brings the plan up to date with the results, keeping every human edit. */
export async function regenerate(db: Kysely<DB>, ctx: PlanContext): Promise<RegenerateOutcome> {
	const g = await generate(db, ctx);
	if (!g.answered) return { ok: false, status: 409, error: 'plan.errors.no_answers' };
	const plan = await repo.findPlan(db, ctx.orgId, ctx.assessment.id);
	if (!plan) await create(db, ctx, g);
	else
		await db
			.transaction()
			.execute((trx) => mergeInto(trx, ctx, plan.id, g.generated, g.fingerprint));
	return { ok: true };
}
