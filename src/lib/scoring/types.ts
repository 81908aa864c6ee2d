// The scoring engine's public vocabulary. Everything here is plain data (serialisable as JSON),
// so results can be cached, sent to the browser or pinned beside a milestone.
import type {
	Level,
	ReadinessModel,
	RiskLevel,
	ScoredQuestionnaire,
	Stage
} from '../questionnaires/schema';

import type { RoleLayer } from './roles';

export { ROLE_LAYERS, audienceOf, isRoleLayer, type RoleLayer } from './roles';

/**
 * A level 0–4, "don't know" (an information gap) or "not applicable" (the statement does not
 * apply to this organisation; why is kept beside the answer, outside the engine). A statement
 * left unanswered simply has no entry.
 */
export type Answer = Level | 'dont-know' | 'not-applicable';

/** Which levels a result scores: the crowd's (every answer) or the room's agreed levels. */
export type ScoreView = 'crowd' | 'agreed';

/**
 * What people decided about an assessment, beside the answers: the required level of each item
 * and the level the room agreed on for some statements. Plain data, like the answers.
 */
export interface Decisions {
	/**
	 * Required level 0–4 by item id. An item not named here takes its content's `target`, and 3
	 * ("practised consistently") when the content has none (questionnaires before version 2).
	 */
	targets?: Readonly<Record<string, number>>;
	/** The level the room agreed on, by statementKey. */
	agreed?: Readonly<Record<string, Level>>;
	/**
	 * 'agreed': a statement with an agreed level scores that level instead of its answers' mean
	 * (breakdowns by role, department and person stay the crowd's). Default 'crowd'.
	 */
	view?: ScoreView;
	/**
	 * Where the organisation stands (see questionnaires/audience.ts): statements a stage does
	 * not ask are put to nobody. Absent or null: every statement is asked as written.
	 */
	stage?: Stage | null;
	/**
	 * A workshop: each respondent is put the common statements plus their own layer's (see
	 * audienceOf). Absent or false (a self-assessment): everyone is put every statement.
	 */
	byLayer?: boolean;
}

export interface Respondent {
	id: string;
	role: RoleLayer;
	/** Respondents without a department count in no department breakdown. */
	department?: string | null;
	/** Keyed by statementKey(itemId, statementId). */
	answers: Readonly<Record<string, Answer>>;
}

/** The pinned content an assessment is scored against. */
export interface ScoringModel {
	model: ReadinessModel;
	/** Must contain every questionnaire the model names; others are ignored. */
	lenses: readonly ScoredQuestionnaire[];
}

/**
 * How much of what was answered was known. confidence = known / (known + dontKnow): "not
 * applicable" is counted apart and enters neither the scores nor the confidence.
 */
export interface Coverage {
	known: number;
	dontKnow: number;
	notApplicable: number;
	/** null when nothing was answered at all. */
	confidence: number | null;
}

/** Statistics over the known answers of one statement; `known` is their n. */
export interface StatementStats extends Coverage {
	/** Known answers at each level 0…4. */
	distribution: [number, number, number, number, number];
	/** Mean, median and population standard deviation of the levels (0–4); null when n = 0. */
	mean: number | null;
	median: number | null;
	sd: number | null;
	/** mean × 25, 0–100. */
	score: number | null;
}

/** The largest difference between two role layers' mean levels (0–4). */
export interface RoleGap {
	gap: number;
	high: RoleLayer;
	low: RoleLayer;
}

export interface StatementResult extends StatementStats {
	id: string;
	/**
	 * How many respondents the statement was put to (their layer and the stage). An answer
	 * from anyone else is ignored; someone it was not put to is neither "don't know" nor a gap.
	 * null only in an anonymised result, when fewer than three people would be told apart.
	 */
	asked: number | null;
	weight: number;
	/**
	 * The level (0–4) this view scores: the agreed level where the view is 'agreed' and one was
	 * recorded, the mean otherwise; `score` is this × 25. null when neither exists.
	 */
	level: number | null;
	/** The level the room agreed on, in either view; null when none was recorded. */
	agreed: Level | null;
	/** Every layer is present; a layer nobody answered from has known = 0. */
	byRole: Record<RoleLayer, StatementStats>;
	/** Only the departments that have respondents. */
	byDepartment: Record<string, StatementStats>;
	roleGap: RoleGap | null;
	/** 0–1: max(sd / 2, roleGap / 4); see docs/scoring.md. */
	disagreement: number;
}

export interface RiskOutcome {
	level: RiskLevel;
	/** Index of the rule that matched; null when the default applied. */
	rule: number | null;
	/** 100 − the item's score: how exposed the organisation is to this cause; null if unknown. */
	exposure: number | null;
}

/** Which recommended actions apply: low below level 2, mid below 3, high from 3. */
export type ActionTier = 'low' | 'mid' | 'high';

export interface ItemResult extends Coverage {
	id: string;
	weight: number;
	/** The item's nominal share of the readiness index (0–1), from the weights alone. */
	share: number;
	critical: boolean;
	/** Weighted mean of the known statements' scores, 0–100; null when none is known. */
	score: number | null;
	/** The same as a mean level, 0–4: what gating, tiers and gaps use. */
	level: number | null;
	tier: ActionTier | null;
	/** The required level, 0–4 (see Decisions.targets). */
	target: number;
	/** Levels short of the target, never negative; null when the level is unknown. */
	gap: number | null;
	/** Index points the gap costs: gap × 25 × share. */
	weightedGap: number | null;
	blocker: boolean;
	/** Only for items with risk rules (the failure-risks lens). */
	risk: RiskOutcome | null;
	/** Between the role layers' mean levels for this item. */
	roleGap: RoleGap | null;
	statements: StatementResult[];
}

export interface LensResult extends Coverage {
	id: string;
	kind: ScoredQuestionnaire['kind'];
	weight: number;
	/** The lens's nominal share of the readiness index (0–1). */
	share: number;
	/** For a risk lens this is preparedness: higher is better, as in the index. */
	score: number | null;
	/** The score with every item exactly at its target (over all items), 0–100. */
	target: number;
	/** Gap to target: weighted mean of the items' gaps × 25, over the items that have a score. */
	gap: number | null;
	items: ItemResult[];
}

export interface BandOutcome {
	/** The band to report. */
	id: string;
	/** The band the index alone reaches, before gating. */
	reached: string;
	capped: boolean;
}

/** The headline numbers for a group of respondents (a role layer, a department, one person). */
export interface Summary extends Coverage {
	respondents: number;
	index: number | null;
	band: BandOutcome | null;
	/** Scores by lens id and by item id. */
	lenses: Record<string, number | null>;
	items: Record<string, number | null>;
	/** Risk level by item id, for items with risk rules. */
	risks: Record<string, RiskLevel>;
	/** Ids of the blocking items, in questionnaire order. */
	blockers: string[];
}

export interface IndividualSummary extends Summary {
	id: string;
	role: RoleLayer;
	department: string | null;
}

export interface ItemRef {
	lens: string;
	item: string;
}

export interface DiscussionEntry extends ItemRef {
	statement: string;
	disagreement: number;
	sd: number;
	roleGap: RoleGap | null;
	/** The level the room agreed on: the statement is resolved. */
	agreed: Level | null;
}

/** An item short of its target, with what closing the gap is worth to the index. */
export interface Shortfall extends ItemRef {
	level: number;
	target: number;
	gap: number;
	weightedGap: number;
}

export interface AssessmentResult extends Coverage {
	respondents: number;
	/** Which levels the group's scores are computed from. */
	view: ScoreView;
	/** The readiness index, 0–100; null when no lens has a known answer. */
	index: number | null;
	band: BandOutcome | null;
	/** The index with every item exactly at its target, 0–100. */
	target: number;
	/**
	 * Gap to target: the weighted shortfall, in index points (weighted mean of the lenses' gaps,
	 * like the index; the sum of the items' weightedGap when every item is known). 0 when every
	 * item meets its target; null when nothing is known.
	 */
	gap: number | null;
	lenses: LensResult[];
	blockers: (ItemRef & { level: number })[];
	/** Items below their target, the largest weightedGap first (ties in questionnaire order). */
	shortfalls: Shortfall[];
	risks: (ItemRef & RiskOutcome)[];
	/** Statements answered by at least two people, most disputed first. */
	discussion: DiscussionEntry[];
	byRole: Record<RoleLayer, Summary>;
	byDepartment: Record<string, Summary>;
	/** One summary per respondent, sorted by id. */
	individuals: IndividualSummary[];
}
