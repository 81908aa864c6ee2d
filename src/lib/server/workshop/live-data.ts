// One read of a workshop for the live views: its state always, and the scored aggregate when
// someone will see it (a facilitator's screen, or participants once results are revealed).
import type { Kysely } from 'kysely';
import { anonymise, closedSectionsOnly } from '$lib/assessments/anonymity';
import { scoreAssessment } from '$lib/scoring';
import { pinnedContent, type PinnedContent } from '$lib/server/assessments/content';
import {
	agreedOf,
	consensusOf,
	stageOf,
	type ConsensusRecord
} from '$lib/server/assessments/decisions';
import { respondentsForScoring } from '$lib/server/assessments/responses';
import type { DB } from '$lib/server/db/schema';
import {
	buildSnapshot,
	type AgreedLive,
	type LiveSnapshot,
	type LiveState
} from '$lib/workshop/snapshot';
import { joinable, liveState, type LiveStateRow } from './repository';

export interface LiveData {
	state: LiveState;
	snapshot: LiveSnapshot | null;
}

export function toState(row: Omit<LiveStateRow, 'anonymous' | 'finished' | 'stage'>): LiveState {
	return {
		status: row.status as LiveState['status'],
		joinOpen: row.join_code !== null && joinable(row),
		openSections: row.open_sections,
		revealed: row.results_revealed
	};
}

/** The agreed levels with their statements' text, in questionnaire order. */
export function agreedLive(content: PinnedContent, records: ConsensusRecord[]): AgreedLive[] {
	const byKey = new Map(records.map((r) => [`${r.item}/${r.statement}`, r]));
	return content.lenses.flatMap((lens) =>
		lens.items.flatMap((item) =>
			item.statements.flatMap((s) => {
				const r = byKey.get(`${item.id}/${s.id}`);
				return r && r.level !== null
					? [{ key: `${item.id}/${s.id}`, level: r.level, rationale: r.rationale, text: s.text }]
					: [];
			})
		)
	);
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
	const [content, records] = await Promise.all([
		pinnedContent(db, assessmentId),
		consensusOf(db, assessmentId)
	]);
	const state = { ...toState(row), agreed: agreedLive(content, records) };
	if (!wantAggregate && !state.revealed) return { state, snapshot: null };
	const respondents = await respondentsForScoring(db, assessmentId);
	// The crowd's view: agreed levels are reported beside the answers, never in place of them.
	// A workshop: each participant is put the common statements and their own layer's.
	const decisions = { agreed: agreedOf(records), byLayer: true, stage: stageOf(row.stage) };
	const scored = scoreAssessment(content.scoring, respondents, decisions);
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
		? anonymise(
				counted === respondents ? scored : scoreAssessment(content.scoring, counted, decisions)
			)
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
			consensus: records.map((r) => ({
				key: `${r.item}/${r.statement}`,
				level: r.level,
				rationale: r.rationale,
				by: r.recordedBy,
				at: r.recordedAt.getTime(),
				version: r.version
			})),
			asOf
		})
	};
}
