// An assessment's roadmap as RoadmapData (document/data.ts): read through the repositories of
// the assessment and the plan, then mapped by the pure functions of map/. Used by the
// report.pdf endpoint and the CLI alike, so nothing here may import SvelteKit's runtime.
import type { Kysely } from 'kysely';
import type { Locale } from '$lib/i18n/locale';
import { generatePlan } from '$lib/plans/generate';
import { stateFromGenerated } from '$lib/plans/view';
import { reportHeading } from '$lib/server/assessments/repository';
import { respondentNames } from '$lib/server/assessments/respondents';
import { commentsWithAuthors } from '$lib/server/assessments/responses';
import type { DB } from '$lib/server/db/schema';
import { goalEvidence } from '$lib/server/plans/goal-evidence';
import { findPlanState } from '$lib/server/plans/repository';
import { planSource } from '$lib/server/plans/source';
import type { RoadmapData } from './document/data';
import { toRoadmapData } from './map';

export type RoadmapOutcome =
	| { ok: true; data: RoadmapData; organisation: string; assessment: string }
	| { ok: false; status: 404 | 409; error: string };

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
	const row = await reportHeading(db, ref.orgId, ref.assessmentId);
	if (!row) return { ok: false, status: 404, error: 'errors.not_found' };
	const { content, source } = await planSource(db, { id: row.id, anonymous: row.anonymous });
	const [stored, comments, people, evidence] = await Promise.all([
		findPlanState(db, ref.orgId, row.id),
		commentsWithAuthors(db, row.id),
		respondentNames(db, row.id),
		goalEvidence(db, ref.orgId, locale)
	]);
	const data = toRoadmapData(
		{
			organisation: row.organisation,
			assessment: { title: row.title, anonymous: row.anonymous },
			facilitator: row.facilitator ?? '',
			content,
			result: source.result,
			plan: stored ?? stateFromGenerated(generatePlan(source), now),
			comments,
			people,
			date: now.toISOString().slice(0, 10),
			evidence
		},
		locale
	);
	if (!data) return { ok: false, status: 409, error: 'plan.report.no_answers' };
	return { ok: true, data, organisation: row.organisation, assessment: row.title };
}
