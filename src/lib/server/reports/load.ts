// An assessment's roadmap as RoadmapData (document/data.ts): read through the repositories of
// the assessment and the plan, then mapped by the pure functions of map/. Used by the
// report.pdf endpoint and the CLI alike, so nothing here may import SvelteKit's runtime.
//
// The view: the roadmap is printed in the agreed view unless asked otherwise — agreed levels
// where the workshop recorded them, the crowd's elsewhere, so with nothing agreed it is the crowd
// view. That is the view the plan is generated from; the crowd view (everyone's answers alone)
// is there to show what the room's agreements changed. The plan printed is the same in both.
import type { Kysely } from 'kysely';
import type { Locale } from '$lib/i18n/locale';
import { generatePlan } from '$lib/plans/generate';
import type { ScoreView } from '$lib/scoring';
import { consensusOf, notApplicableOf, stageOf } from '$lib/server/assessments/decisions';
import { openSections } from '$lib/server/assessments/open-sections';
import { stateFromGenerated } from '$lib/plans/view';
import { reportHeading } from '$lib/server/assessments/repository';
import { respondentNames } from '$lib/server/assessments/respondents';
import { commentsWithAuthors } from '$lib/server/assessments/responses';
import type { DB } from '$lib/server/db/schema';
import { goalEvidence } from '$lib/server/plans/goal-evidence';
import { registerEvidence } from '$lib/server/register/evidence-repository';
import { registerFigures } from '$lib/evidence/flags';
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
	now = new Date(),
	view: ScoreView = 'agreed'
): Promise<RoadmapOutcome> {
	const row = await reportHeading(db, ref.orgId, ref.assessmentId);
	if (!row) return { ok: false, status: 404, error: 'errors.not_found' };
	const assessment = { id: row.id, anonymous: row.anonymous };
	const [
		{ content, source },
		shown,
		stored,
		comments,
		people,
		evidence,
		consensus,
		na,
		open,
		register
	] = await Promise.all([
		planSource(db, assessment),
		// The plan always comes from the agreed view; the crowd view is scored beside it.
		view === 'agreed' ? null : planSource(db, assessment, view),
		findPlanState(db, ref.orgId, row.id),
		commentsWithAuthors(db, row.id),
		respondentNames(db, row.id),
		goalEvidence(db, ref.orgId, locale),
		consensusOf(db, row.id),
		notApplicableOf(db, row.id),
		row.anonymous ? openSections(db, row.id) : ([] as string[]),
		registerEvidence(db, ref.orgId)
	]);
	// Anonymous: answers to sections still open are not counted yet (closedSectionsOnly).
	const openItems = new Set(
		content.scoring.lenses
			.filter((l) => open.includes(l.id))
			.flatMap((l) => l.items.map((i) => i.id))
	);
	const data = toRoadmapData(
		{
			organisation: row.organisation,
			assessment: { title: row.title, anonymous: row.anonymous },
			facilitator: row.facilitator ?? '',
			content,
			result: (shown ?? { source }).source.result,
			plan: stored ?? stateFromGenerated(generatePlan(source), now),
			comments,
			people,
			date: now.toISOString().slice(0, 10),
			evidence,
			consensus: consensus.flatMap((c) =>
				c.level === null ? [] : [{ item: c.item, statement: c.statement, rationale: c.rationale }]
			),
			notApplicable: na.filter((n) => !openItems.has(n.item)),
			register: registerFigures(register),
			stage: stageOf(row.stage)
		},
		locale
	);
	if (!data) return { ok: false, status: 409, error: 'plan.report.no_answers' };
	return { ok: true, data, organisation: row.organisation, assessment: row.title };
}
