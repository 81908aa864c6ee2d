// The results of one assessment, scored once per request with the content it pinned, the
// targets people set and, in the agreed view, the levels a workshop agreed on. Anonymous
// assessments go through anonymise() before anything else sees them.
import type { Kysely } from 'kysely';
import { anonymise, closedSectionsOnly, MIN_GROUP } from '$lib/assessments/anonymity';
import type { Locale } from '$lib/i18n/locale';
import {
	project,
	ROLE_LAYERS,
	scoreAssessment,
	type AssessmentResult,
	type Liftable,
	type Projection,
	type Respondent,
	type ScoreView
} from '$lib/scoring';
import { pinnedContent, type PinnedContent } from '$lib/server/assessments/content';
import {
	decisionsOf,
	notApplicableOf,
	type ConsensusRecord
} from '$lib/server/assessments/decisions';
import { openSections } from '$lib/server/assessments/open-sections';
import { respondentsForScoring } from '$lib/server/assessments/responses';
import type { DB } from '$lib/server/db/schema';
import { registerEvidence } from '$lib/server/register/evidence-repository';
import { registerFigures } from '$lib/evidence/flags';
import type { RegisterEvidence } from '$lib/register/evidence';
import { resultsView, type ResultsView } from '$lib/results/view';

export interface Scored {
	content: PinnedContent;
	/** Already anonymised when the assessment promised anonymity. */
	result: AssessmentResult;
	rolesHidden: boolean;
	/** Every recorded agreement (cleared ones too), in item order. */
	consensus: ConsensusRecord[];
}

type Loaded = [PinnedContent, Respondent[], Awaited<ReturnType<typeof decisionsOf>>];

async function load(
	db: Kysely<DB>,
	assessment: { id: string; anonymous: boolean }
): Promise<Loaded> {
	const [content, everyone, decisions, open] = await Promise.all([
		pinnedContent(db, assessment.id),
		respondentsForScoring(db, assessment.id),
		decisionsOf(db, assessment.id),
		assessment.anonymous ? openSections(db, assessment.id) : []
	]);
	// Anonymous: sections still open to answers are left out, as on the live screen — else
	// reloading this page between two saves would show what one participant answered.
	return [content, closedSectionsOnly(everyone, content.scoring.lenses, open), decisions];
}

function scoreLoaded(
	[content, respondents, decisions]: Loaded,
	anonymous: boolean,
	view: ScoreView
): Scored {
	const raw = scoreAssessment(content.scoring, respondents, { ...decisions, view });
	const { consensus } = decisions;
	if (!anonymous) return { content, result: raw, rolesHidden: false, consensus };
	const rolesHidden = ROLE_LAYERS.some((r) => {
		const n = raw.byRole[r].respondents;
		return n > 0 && n < MIN_GROUP;
	});
	return { content, result: anonymise(raw), rolesHidden, consensus };
}

export async function score(
	db: Kysely<DB>,
	assessment: { id: string; anonymous: boolean },
	view: ScoreView = 'crowd'
): Promise<Scored> {
	return scoreLoaded(await load(db, assessment), assessment.anonymous, view);
}

/** The actions the results recommend (each item's tier), as the projection takes them. */
export function recommended(content: PinnedContent, result: AssessmentResult): Liftable[] {
	const items = new Map(content.lenses.flatMap((q) => q.items.map((i) => [i.id, i])));
	return result.lenses.flatMap((lens) =>
		lens.items.flatMap((it) =>
			(it.tier ? (items.get(it.id)?.actions[it.tier] ?? []) : []).map((a) => ({
				lifts: (a.lifts ?? []).map((l) => ({ statement: `${it.id}/${l.statement}`, to: l.to }))
			}))
		)
	);
}

/**
 * The results page's data. `registerDisagrees` checks the levels against the organisation's
 * customer register (read here unless the caller already holds its summary).
 */
export async function view(
	db: Kysely<DB>,
	assessment: { id: string; anonymous: boolean; organisation_id: string },
	locale: Locale,
	scoreView: ScoreView = 'crowd',
	evidence?: RegisterEvidence
): Promise<ResultsView> {
	const [loaded, notApplicable, register] = await Promise.all([
		load(db, assessment),
		notApplicableOf(db, assessment.id),
		evidence ?? registerEvidence(db, assessment.organisation_id)
	]);
	const { content, result, rolesHidden, consensus } = scoreLoaded(
		loaded,
		assessment.anonymous,
		scoreView
	);
	// The other view, for the crowd and agreed figures shown side by side.
	const other = scoreLoaded(
		loaded,
		assessment.anonymous,
		scoreView === 'crowd' ? 'agreed' : 'crowd'
	);
	const projection: Projection = project(content.scoring, result, recommended(content, result));
	return resultsView(result, content.scoring, locale, rolesHidden, {
		stage: loaded[2].stage ?? null,
		other: other.result,
		projection,
		consensus,
		notApplicable,
		register: { customers: register.customers, figures: registerFigures(register) }
	});
}
