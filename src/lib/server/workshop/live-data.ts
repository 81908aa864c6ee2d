// One read of a workshop for the live views: its state always, and the scored aggregate when
// someone will see it (a facilitator's screen, or participants once results are revealed).
import type { Kysely } from 'kysely';
import { anonymise, closedSectionsOnly } from '$lib/assessments/anonymity';
import { scoreAssessment } from '$lib/scoring';
import { pinnedContent } from '$lib/server/assessments/content';
import { respondentsForScoring } from '$lib/server/assessments/responses';
import type { DB } from '$lib/server/db/schema';
import { buildSnapshot, type LiveSnapshot, type LiveState } from '$lib/workshop/snapshot';
import { joinable, liveState, type LiveStateRow } from './repository';

export interface LiveData {
	state: LiveState;
	snapshot: LiveSnapshot | null;
}

export function toState(row: Omit<LiveStateRow, 'anonymous' | 'finished'>): LiveState {
	return {
		status: row.status as LiveState['status'],
		joinOpen: row.join_code !== null && joinable(row),
		openSections: row.open_sections,
		revealed: row.results_revealed
	};
}

/** null when the assessment is gone or is not a workshop. */
export async function readLive(
	db: Kysely<DB>,
	assessmentId: string,
	wantAggregate: boolean
): Promise<LiveData | null> {
	// Taken before reading: every save acknowledged before this instant is in the result.
	const asOf = Date.now();
	const row = await liveState(db, assessmentId);
	if (!row) return null;
	const state = toState(row);
	if (!wantAggregate && !state.revealed) return { state, snapshot: null };
	const [content, respondents] = await Promise.all([
		pinnedContent(db, assessmentId),
		respondentsForScoring(db, assessmentId)
	]);
	const scored = scoreAssessment(content.scoring, respondents);
	// Anonymous: the figures count only sections closed to answers (one save never moves them);
	// the progress counts count everything.
	const counted = row.anonymous
		? closedSectionsOnly(
				respondents,
				content.scoring.lenses,
				row.status === 'open' ? row.open_sections : []
			)
		: respondents;
	const anonymised = row.anonymous
		? anonymise(counted === respondents ? scored : scoreAssessment(content.scoring, counted))
		: null;
	return {
		state,
		snapshot: buildSnapshot({
			result: anonymised ?? scored,
			progress: scored,
			figuresFrom: counted.filter((r) => Object.keys(r.answers).length > 0).length,
			anonymous: row.anonymous,
			// Layers nobody answered from are simply absent; the others were left out.
			hiddenRoles: (anonymised?.suppressed.roles ?? []).filter(
				(r) => scored.byRole[r].respondents > 0
			),
			state,
			answering: respondents.filter((r) => Object.keys(r.answers).length > 0).length,
			finished: row.finished ?? 0,
			asOf
		})
	};
}
