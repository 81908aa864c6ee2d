// What the PDF roadmap shows, already computed and already in the report's language. Plain data,
// independent of the scoring engine's result types: results are mapped into it in one place
// (../map), and the document builder (roadmap.ts) only lays it out. Static wording (titles,
// headers, phase and status names) is not here: it comes from messages/report/*.json.
import type { Locale } from '$lib/i18n/locale';
import type { ChangeElement, Phase, ScopeDimension } from '$lib/plans/types';
import type { RiskLevel } from '$lib/questionnaires/schema';
import type { NaReason } from '$lib/assessments/not-applicable';
import type { RoleLayer } from '$lib/scoring/roles';

// The vocabulary is the plan's, the scoring engine's and the questionnaires' own; the report's
// statuses are its own (a scope row is never unknown; "not_started" is the plan's "planned" and is
// named as the plan page names it, so the web and the PDF say the same).
export { CHANGE_ELEMENTS, PHASES, SCOPE_DIMENSIONS } from '$lib/plans/types';
export type { ChangeElement, Phase, ScopeDimension } from '$lib/plans/types';
export type { RiskLevel } from '$lib/questionnaires/schema';
export { ROLE_LAYERS, type RoleLayer } from '$lib/scoring/roles';
export type ActionStatus = 'not_started' | 'in_progress' | 'done' | 'blocked';
export type ScopeStatus = 'on_track' | 'watch' | 'at_risk';

/** A dated day, 'YYYY-MM-DD' (Gregorian); the report formats it in the language's calendar. */
export type IsoDate = string;

/** Which levels the scores are computed from (docs/scoring.md, "The two views"). */
export type ScoreView = 'crowd' | 'agreed';

/**
 * A labelled score, 0–100, beside the score it should reach (`target`), how far short of it it
 * falls (`gap`, index-style points, never negative; null when unknown) and, where a plan exists,
 * what it would be once the plan's actions are done (`projected`).
 */
export type Scored = {
	label: string;
	score: number;
	target: number;
	gap: number | null;
	projected?: number | null;
};

export type Blocker = { title: string; detail: string };

/** An item below its target: what closing the gap is worth to the index. */
export type Shortfall = {
	item: string;
	lens: string;
	/** Mean level 0–4 now, and the level required. */
	level: number;
	target: number;
	/** Index points the gap costs (gap × 25 × the item's share of the index). */
	weightedGap: number;
};

/** A statement whose level the workshop agreed on, with the answers before the agreement. */
export type AgreedStatement = {
	statement: string;
	/** The agreed level, 0–4. */
	level: number;
	/** The answers before agreement: their mean, lowest, highest and standard deviation. */
	mean: number | null;
	low: number | null;
	high: number | null;
	sd: number | null;
	n: number;
	/** The facilitator's one-line reason; empty when none was written. */
	rationale: string;
};

export type FailureRisk = {
	cause: string;
	level: RiskLevel;
	/** 100 − the cause's score: how exposed the organisation is (0–100). */
	exposure: number;
	/** Why the level is what it is, in a sentence. */
	reason: string;
	prevention: string[];
};

export type Finding = {
	/** The lens the item belongs to (e.g. "Strategic CRM planning"). */
	lens: string;
	item: string;
	score: number;
	/** The item's target as a score (target level × 25). */
	target: number;
	/** The item's current level in words (what the mean level means). */
	level: string;
	finding: string;
	actions: string[];
	/** 0–1; high means the roles disagree and the number deserves a conversation. */
	disagreement?: number;
	/** The item's statements the workshop agreed on, in questionnaire order. */
	agreed?: AgreedStatement[];
	/** Statements whose level the customer register contradicts (never a score change). */
	registerDisagrees?: RegisterDisagreement[];
};

/** A level given that the register's own figures contradict, already written out. */
export type RegisterDisagreement = {
	statement: string;
	/** "Level given: 4". */
	claim: string;
	/** One sentence per broken requirement, with the register's figure. */
	figures: string[];
};

export type PlanAction = {
	phase: Phase;
	action: string;
	/** The item the action comes from. */
	source: string;
	owner: string;
	due: IsoDate;
	status: ActionStatus;
	quickWin: boolean;
};

export type GoalRow = {
	goal: string;
	kpi: string;
	measurement: string;
	baseline: string;
	target: string;
	owner: string;
	date: IsoDate;
};

export type ChangeAction = { action: string; owner: string; due: IsoDate };

/** One of the five elements of the change-management programme, in CHANGE_ELEMENTS order. */
export type ChangeElementPlan = {
	element: ChangeElement;
	/** What drives it: the risks and role gaps behind these actions. */
	why: string;
	actions: ChangeAction[];
};

export type ScopeRow = { dimension: ScopeDimension; status: ScopeStatus; note: string };

export type StatementAnswers = {
	item: string;
	statement: string;
	/** Known answers at levels 0…4. */
	distribution: [number, number, number, number, number];
	dontKnow: number;
	/** Mean level 0–4 over known answers; null when nobody knew. */
	mean: number | null;
	/** Known answers. */
	n: number;
};

/** Why a respondent marked a statement "not applicable" (the fixed list of reasons). */
export type { NaReason } from '$lib/assessments/not-applicable';

/**
 * One "not applicable" answer. The role is the one the appendix may show (pooled under "other"
 * in an anonymous session, as comments are); never a name.
 */
export type NotApplicableRow = {
	item: string;
	statement: string;
	reason: NaReason;
	note?: string;
	role: RoleLayer;
};

export type Comment = { item: string; text: string; role: RoleLayer; name?: string };

export type RoleCount = {
	role: RoleLayer;
	count: number;
	/** Only for sessions that are not anonymous; never printed for anonymous ones. */
	names?: string[];
};

export type RoadmapData = {
	locale: Locale;
	organisation: string;
	assessment: string;
	date: IsoDate;
	/** Who ran the workshop; a proper name, printed as given. */
	facilitator: string;
	/** The organisation's stage (no CRM yet … live), in the report's language; null if not recorded. */
	stage?: string | null;
	anonymous: boolean;
	respondents: number;
	readiness: {
		index: number;
		band: string;
		bandSummary: string;
		/** Lower bounds of the bands (0–100) for the gauge, lowest first. */
		bandStarts: number[];
		/** The bands' names, in the same order (for "Sources and method"). */
		bandLabels: string[];
		/** The band a critical item below level 2 holds the result at. */
		cap: string;
		/** Share of answers that were not "don't know" (0–1). */
		confidence: number;
		/** The index with every item exactly at its target. */
		target: number;
		/** Gap to target: the weighted shortfall in index points; null when unknown. */
		gap: number | null;
		/** The index once the plan's actions are done; null when there is no plan to project. */
		projected: number | null;
		/** Which view the scores are in, and how many statements the workshop agreed on. */
		view: ScoreView;
		agreed: number;
	};
	/** Executive summary, one paragraph per entry. */
	summary: string[];
	blockers: Blocker[];
	/** The items furthest below their target, largest weighted gap first (at most five). */
	shortfalls: Shortfall[];
	/** The three lenses. */
	lenses: Scored[];
	/** Gartner's eight building blocks, in questionnaire order. */
	blocks: Scored[];
	/** The ten points of strategic planning, in questionnaire order. */
	points: Scored[];
	/** The five failure causes, in questionnaire order. */
	risks: FailureRisk[];
	findings: Finding[];
	plan: PlanAction[];
	goals: GoalRow[];
	changePlan: ChangeElementPlan[];
	scope: ScopeRow[];
	appendix: {
		statements: StatementAnswers[];
		comments: Comment[];
		roles: RoleCount[];
		/** "Not applicable" answers with their reasons, in questionnaire order. */
		notApplicable: NotApplicableRow[];
	};
};
