// What a plan is generated from: the assessment's results, scored with the content it pinned,
// anonymised first when the assessment promised anonymity (no role layer under three people).
import type { Kysely } from 'kysely';
import { anonymise, closedSectionsOnly } from '$lib/assessments/anonymity';
import type { PlanSource } from '$lib/plans/types';
import { scoreAssessment, type Decisions, type ScoreView } from '$lib/scoring';
import { pinnedContent, type PinnedContent } from '$lib/server/assessments/content';
import { decisionsOf } from '$lib/server/assessments/decisions';
import { openSections } from '$lib/server/assessments/open-sections';
import { respondentsForScoring } from '$lib/server/assessments/responses';
import type { DB } from '$lib/server/db/schema';

export interface AssessmentRef {
	id: string;
	anonymous: boolean;
}

/**
 * The plan is generated from the agreed view: where the room settled a level, that level sets
 * the gap; elsewhere the crowd's. With nothing agreed the two views are the same result.
 */
export async function planSource(
	db: Kysely<DB>,
	assessment: AssessmentRef,
	view: ScoreView = 'agreed'
): Promise<{ content: PinnedContent; source: PlanSource; decisions: Decisions }> {
	const [content, everyone, decisions, open] = await Promise.all([
		pinnedContent(db, assessment.id),
		respondentsForScoring(db, assessment.id),
		decisionsOf(db, assessment.id),
		assessment.anonymous ? openSections(db, assessment.id) : []
	]);
	// Anonymous: sections still open to answers are left out (see closedSectionsOnly).
	const respondents = closedSectionsOnly(everyone, content.scoring.lenses, open);
	const { consensus: _consensus, view: _view, ...decided } = decisions;
	const raw = scoreAssessment(content.scoring, respondents, { ...decided, view });
	const result = assessment.anonymous ? anonymise(raw) : raw;
	return {
		content,
		source: { result, lenses: content.lenses, goals: content.goals },
		decisions: decided
	};
}

/** Whether anyone has answered anything ("don't know" included): a plan needs something to go on. */
export function answered(source: PlanSource): boolean {
	return source.result.known + source.result.dontKnow > 0;
}
