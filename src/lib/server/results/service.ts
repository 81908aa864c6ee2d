// The results of one assessment, scored once per request with the content it pinned. Anonymous
// assessments go through anonymise() before anything else sees them.
import type { Kysely } from 'kysely';
import { anonymise, closedSectionsOnly, MIN_GROUP } from '$lib/assessments/anonymity';
import type { Locale } from '$lib/i18n/locale';
import { ROLE_LAYERS, scoreAssessment, type AssessmentResult } from '$lib/scoring';
import { pinnedContent, type PinnedContent } from '$lib/server/assessments/content';
import { openSections } from '$lib/server/assessments/open-sections';
import { respondentsForScoring } from '$lib/server/assessments/responses';
import type { DB } from '$lib/server/db/schema';
import { resultsView, type ResultsView } from '$lib/results/view';

export interface Scored {
	content: PinnedContent;
	/** Already anonymised when the assessment promised anonymity. */
	result: AssessmentResult;
	rolesHidden: boolean;
}

export async function score(
	db: Kysely<DB>,
	assessment: { id: string; anonymous: boolean }
): Promise<Scored> {
	const [content, everyone, open] = await Promise.all([
		pinnedContent(db, assessment.id),
		respondentsForScoring(db, assessment.id),
		assessment.anonymous ? openSections(db, assessment.id) : []
	]);
	// Anonymous: sections still open to answers are left out, as on the live screen — else
	// reloading this page between two saves would show what one participant answered.
	const respondents = closedSectionsOnly(everyone, content.scoring.lenses, open);
	const raw = scoreAssessment(content.scoring, respondents);
	if (!assessment.anonymous) return { content, result: raw, rolesHidden: false };
	const rolesHidden = ROLE_LAYERS.some((r) => {
		const n = raw.byRole[r].respondents;
		return n > 0 && n < MIN_GROUP;
	});
	return { content, result: anonymise(raw), rolesHidden };
}

export async function view(
	db: Kysely<DB>,
	assessment: { id: string; anonymous: boolean },
	locale: Locale
): Promise<ResultsView> {
	const { content, result, rolesHidden } = await score(db, assessment);
	return resultsView(result, content.scoring, locale, rolesHidden);
}
