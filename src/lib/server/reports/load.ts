// An assessment's roadmap as RoadmapData (document/data.ts): loaded from the database in one
// place, then mapped by pure functions. Used by the report.pdf endpoint and the CLI alike, so
// nothing here may import SvelteKit's runtime.
import type { Kysely } from 'kysely';
import type { Locale } from '$lib/i18n/locale';
import { generatePlan } from '$lib/plans/generate';
import type { RoadmapData } from './document/data';
import type { RoleLayer } from '$lib/scoring';
import type { DB } from '$lib/server/db/schema';
import { goalEvidence } from '$lib/server/plans/goal-evidence';
import { findPlan, listActions, listGoals } from '$lib/server/plans/repository';
import { planSource } from '$lib/server/plans/source';
import { stateFromGenerated, type PlanState } from '$lib/plans/view';
import { appendix } from './map/appendix';
import { blockers, findings, itemScores, lensScores, readiness, risks } from './map/headline';
import { context, type ReportInput } from './map/input';
import { planSections } from './map/plan';
import { summary } from './map/summary';

export type RoadmapOutcome =
	| { ok: true; data: RoadmapData; organisation: string; assessment: string }
	| { ok: false; status: 404 | 409; error: string };

/** The mapping itself: null when nobody has answered (there is no index to report). */
export function toRoadmapData(input: ReportInput, locale: Locale): RoadmapData | null {
	const index = input.result.index;
	if (index === null) return null;
	const ctx = context(input, locale);
	const failureRisks = risks(ctx);
	const plan = planSections(ctx);
	return {
		locale,
		organisation: input.organisation,
		assessment: input.assessment.title,
		date: input.date,
		facilitator: input.facilitator,
		anonymous: input.assessment.anonymous,
		respondents: input.result.respondents,
		readiness: readiness(ctx, index),
		summary: summary(ctx, index, failureRisks, plan.plan),
		blockers: blockers(ctx),
		lenses: lensScores(ctx),
		blocks: itemScores(ctx, 'building-blocks'),
		points: itemScores(ctx, 'strategic-planning'),
		risks: failureRisks,
		findings: findings(ctx),
		...plan,
		appendix: appendix(ctx)
	};
}

async function planState(
	db: Kysely<DB>,
	orgId: string,
	assessmentId: string,
	fresh: () => PlanState
) {
	const plan = await findPlan(db, orgId, assessmentId);
	if (!plan) return fresh();
	const [actions, goals] = await Promise.all([listActions(db, plan.id), listGoals(db, plan.id)]);
	return { ...plan, actions, goals };
}

/**
 * Reads only: an assessment whose plan was never opened is reported with the plan as it would
 * be generated now, and nothing is stored.
 */
export async function roadmapData(
	db: Kysely<DB>,
	ref: { orgId: string; assessmentId: string },
	locale: Locale,
	now = new Date()
): Promise<RoadmapOutcome> {
	const row = await db
		.selectFrom('assessments as a')
		.innerJoin('organisations as o', 'o.id', 'a.organisation_id')
		.leftJoin('users as u', 'u.id', 'a.created_by')
		.select(['a.id', 'a.title', 'a.anonymous', 'o.name as organisation', 'u.name as facilitator'])
		.where('a.id', '=', ref.assessmentId)
		.where('a.organisation_id', '=', ref.orgId)
		.executeTakeFirst();
	if (!row) return { ok: false, status: 404, error: 'errors.not_found' };
	const { content, source } = await planSource(db, { id: row.id, anonymous: row.anonymous });
	const [plan, comments, people, evidence] = await Promise.all([
		planState(db, ref.orgId, row.id, () => stateFromGenerated(generatePlan(source), now)),
		db
			.selectFrom('answer_comments as c')
			.innerJoin('respondents as r', 'r.id', 'c.respondent_id')
			.select(['c.item_id as item', 'c.body', 'r.role_layer as role', 'r.name'])
			.where('c.assessment_id', '=', row.id)
			.orderBy('c.item_id')
			.orderBy('c.updated_at')
			.execute(),
		db
			.selectFrom('respondents')
			.select(['role_layer as role', 'name'])
			.where('assessment_id', '=', row.id)
			.orderBy('name')
			.execute(),
		goalEvidence(db, ref.orgId, locale)
	]);
	const data = toRoadmapData(
		{
			organisation: row.organisation,
			assessment: { title: row.title, anonymous: row.anonymous },
			facilitator: row.facilitator ?? '',
			content,
			result: source.result,
			plan,
			comments: comments.map((c) => ({ ...c, role: c.role as RoleLayer })),
			people: people.map((p) => ({ ...p, role: p.role as RoleLayer })),
			date: now.toISOString().slice(0, 10),
			evidence
		},
		locale
	);
	if (!data) return { ok: false, status: 409, error: 'plan.report.no_answers' };
	return { ok: true, data, organisation: row.organisation, assessment: row.title };
}
