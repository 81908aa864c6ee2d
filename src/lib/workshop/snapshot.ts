// What the live workshop shows, built from a scored (and, for anonymous sessions, anonymised)
// result: counts, section progress, lens scores, per-statement distributions and the
// discussion list. Pure and JSON-shaped: the server pushes it over server-sent events.
// Never a per-person row; in anonymous sessions nothing about fewer than MIN_GROUP answers,
// and no figure of a section open to answers (see anonymity.ts, rule 3).
import { MIN_GROUP } from '$lib/assessments/anonymity';
import type { Bilingual, Level } from '$lib/questionnaires/schema';
import type { AssessmentResult, RoleLayer } from '$lib/scoring';

/** A level the room agreed on, as every screen shows it (phones included). */
export interface AgreedLive {
	/** "item/statement", as statementKey. */
	key: string;
	level: Level;
	rationale: string | null;
	/** The statement's text in both languages: a phone holds only the item on its screen. */
	text: Bilingual;
}

/** A recorded agreement as the facilitator's form needs it (cleared ones too, for the version). */
export interface ConsensusLive {
	key: string;
	level: Level | null;
	rationale: string | null;
	by: string | null;
	/** ms since the epoch. */
	at: number;
	version: number;
}

export interface LiveState {
	status: 'open' | 'closed' | 'archived';
	/** New participants can join (session open and join link not expired). */
	joinOpen: boolean;
	openSections: string[];
	revealed: boolean;
	/** What the room agreed so far, in questionnaire order. */
	agreed?: AgreedLive[];
}

export interface StatementLive {
	/** "item/statement", as statementKey. */
	key: string;
	lens: string;
	/**
	 * How many participants it was put to (the common statements: everyone who joined; a
	 * layer's: those of that layer; none at a stage that does not ask it).
	 */
	asked: number | null;
	/** Everyone who answered, "don't know" included. */
	answered: number;
	/** Known answers at levels 0…4; null while withheld for anonymity. */
	distribution: number[] | null;
	dontKnow: number | null;
	/** Answers "not applicable": counted apart from information gaps. */
	notApplicable: number | null;
	mean: number | null;
}

export interface GapLive {
	gap: number;
	high: RoleLayer;
	low: RoleLayer;
	highMean: number;
	lowMean: number;
}

export interface DiscussionLive {
	key: string;
	disagreement: number;
	sd: number;
	gap: GapLive | null;
	/** Resolved: the room agreed on a level. */
	agreed: Level | null;
}

export interface SectionLive {
	lens: string;
	answers: number;
	/** Over the section's statements, how many participants each was put to. */
	expected: number;
}

export interface LensLive {
	id: string;
	score: number | null;
}

export interface LiveSnapshot {
	/** Server time when the data was read: everything saved before it is included. */
	asOf: number;
	anonymous: boolean;
	state: LiveState;
	joined: number;
	/** Participants with at least one answer. */
	answering: number;
	finished: number;
	sections: SectionLive[];
	index: number | null;
	band: string | null;
	lenses: LensLive[];
	statements: StatementLive[];
	discussion: DiscussionLive[];
	/** Role layers left out of gaps because they are too small to stay anonymous. */
	hiddenRoles: RoleLayer[];
	/** Answers "not applicable" in all (apart from "don't know"). */
	notApplicable?: number;
	/** Every recorded agreement, for the facilitator's form. */
	consensus?: ConsensusLive[];
}

export interface GroupSummary {
	respondents: number;
	index: number | null;
	band: string | null;
	lenses: LensLive[];
}

/** What a participant's phone receives: the session state, and results once revealed. */
export interface ParticipantView {
	state: LiveState;
	summary: GroupSummary | null;
}

export interface SnapshotInput {
	/** What the figures (scores, distributions, discussion) are built from. */
	result: AssessmentResult;
	/**
	 * What the progress counts (answered, sections) are built from, when it differs: an
	 * anonymous session's figures leave out the sections still open (closedSectionsOnly).
	 */
	progress?: AssessmentResult;
	/** How many people the figures hold answers of (default: `answering`). */
	figuresFrom?: number;
	anonymous: boolean;
	hiddenRoles: RoleLayer[];
	state: LiveState;
	answering: number;
	finished: number;
	asOf: number;
	consensus?: ConsensusLive[];
}

export function buildSnapshot(input: SnapshotInput): LiveSnapshot {
	const { result, anonymous } = input;
	const progress = input.progress ?? result;
	// Anonymous: a score over one or two people would be their own answers.
	const groupShown = !anonymous || (input.figuresFrom ?? input.answering) >= MIN_GROUP;
	const answeredBy = new Map(
		progress.lenses.flatMap((l) =>
			l.items.flatMap((i) => i.statements.map((s) => [`${i.id}/${s.id}`, s.known + s.dontKnow]))
		)
	);
	const askedOf = new Map(
		progress.lenses.flatMap((l) =>
			l.items.flatMap((i) => i.statements.map((s) => [`${i.id}/${s.id}`, s.asked]))
		)
	);
	const statements: StatementLive[] = [];
	const shown = new Set<string>();
	for (const lens of result.lenses)
		for (const item of lens.items)
			for (const s of item.statements) {
				const key = `${item.id}/${s.id}`;
				const counted = s.known + s.dontKnow;
				const answered = answeredBy.get(key) ?? counted;
				const visible = groupShown && (!anonymous || counted >= MIN_GROUP);
				if (visible) shown.add(key);
				statements.push({
					key,
					lens: lens.id,
					asked: askedOf.get(key) ?? s.asked,
					answered,
					distribution: visible ? [...s.distribution] : null,
					dontKnow: visible ? s.dontKnow : null,
					notApplicable: visible ? s.notApplicable : null,
					mean: visible ? s.mean : null
				});
			}
	const byKey = new Map(
		result.lenses.flatMap((l) =>
			l.items.flatMap((i) => i.statements.map((s) => [`${i.id}/${s.id}`, s]))
		)
	);
	return {
		asOf: input.asOf,
		anonymous,
		state: input.state,
		joined: progress.respondents,
		answering: input.answering,
		finished: input.finished,
		sections: progress.lenses.map((lens) => ({
			lens: lens.id,
			answers: lens.known + lens.dontKnow,
			// A statement not put to someone is not expected of them.
			expected: lens.items.reduce(
				(n, i) => n + i.statements.reduce((m, s) => m + (s.asked ?? 0), 0),
				0
			)
		})),
		index: groupShown ? result.index : null,
		band: groupShown ? (result.band?.id ?? null) : null,
		lenses: result.lenses.map((l) => ({ id: l.id, score: groupShown ? l.score : null })),
		statements,
		discussion: result.discussion.flatMap((d) => {
			const key = `${d.item}/${d.statement}`;
			const s = byKey.get(key);
			if (!s || !shown.has(key)) return [];
			const g = d.roleGap;
			const highMean = g ? s.byRole[g.high].mean : null;
			const lowMean = g ? s.byRole[g.low].mean : null;
			return [
				{
					key,
					disagreement: d.disagreement,
					sd: d.sd,
					gap:
						g && highMean !== null && lowMean !== null
							? { gap: g.gap, high: g.high, low: g.low, highMean, lowMean }
							: null,
					agreed: d.agreed
				}
			];
		}),
		hiddenRoles: input.hiddenRoles,
		notApplicable: groupShown ? result.notApplicable : 0,
		consensus: input.consensus ?? []
	};
}

export function participantView(state: LiveState, snapshot: LiveSnapshot | null): ParticipantView {
	return {
		state,
		summary:
			state.revealed && snapshot
				? {
						respondents: snapshot.answering,
						index: snapshot.index,
						band: snapshot.band,
						lenses: snapshot.lenses
					}
				: null
	};
}
