// The plan's vocabulary. A generated plan is plain data in both languages, so that it can be
// stored, compared with a later generation and shown in either language without regenerating.
import type {
	ActionOwner,
	Bilingual,
	Effort,
	ScoredQuestionnaire,
	WorksheetQuestionnaire
} from '$lib/questionnaires/schema';
import type { AssessmentResult } from '$lib/scoring';
import type { Lift } from '$lib/scoring/projection';

export const PHASES = ['first_90_days', 'months_3_6', 'months_6_12'] as const;
export type Phase = (typeof PHASES)[number];

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The change-management programme of DOMAIN 001, in its order. */
export const CHANGE_ELEMENTS = [
	'readiness_assessment',
	'communications',
	'impact_analysis',
	'training',
	'value_metrics'
] as const;
export type ChangeElement = (typeof CHANGE_ELEMENTS)[number];

/** How far an element of the programme exists today, from its user-adoption statement. */
export type ElementStatus = 'missing' | 'partial' | 'in_place' | 'unknown';

/** The six scope dimensions, then the project levers (DOMAIN 001, scope creep). */
export const SCOPE_DIMENSIONS = [
	'deployment',
	'data_migration',
	'integration',
	'customisation',
	'staffing',
	'change_management',
	'time',
	'cost',
	'quality'
] as const;
export type ScopeDimension = (typeof SCOPE_DIMENSIONS)[number];
export type ScopeStatus = 'on_track' | 'watch' | 'at_risk' | 'unknown';

/** What a plan is generated from: an assessment's results and the content it pinned. */
export interface PlanSource {
	/** Anonymised already when the assessment is anonymous. */
	result: AssessmentResult;
	lenses: readonly ScoredQuestionnaire[];
	goals: WorksheetQuestionnaire | null;
}

/** Where a recommendation comes from. */
export type SuggestionKind = 'action' | 'prevention' | 'unknown' | 'change';

/** One generated recommendation. `key` is stable across generations: regeneration matches on it. */
export interface Suggestion {
	key: string;
	kind: SuggestionKind;
	text: Bilingual;
	/** The item it comes from, or the change-management element. */
	source: Bilingual;
	item: string | null;
	element: ChangeElement | null;
	effort: Effort;
	/** Index points at stake: gap to level 3 × 25 × the item's share of the index. */
	priority: number;
	/** A blocker or a HIGH risk: placed in the first 90 days whatever the effort. */
	urgent: boolean;
	quickWin: boolean;
	phase: Phase;
	// The fields below came with issue 14; a recommendation stored before has none of them.
	/** The role layer that carries it out (docs/plan.md: from the content, else the lens/item). */
	owner?: ActionOwner;
	/** What exists when it is done (the content's, else the action's own text). */
	deliverable?: Bilingual;
	/** Statements ("<item>/<statement>") it raises and to which level: the projected score. */
	lifts?: Lift[];
	/** Keys of the recommendations it depends on: it is never phased before them. */
	after?: string[];
}

export interface ChangeElementPlan {
	element: ChangeElement;
	status: ElementStatus;
	/** The statement's mean level 0–4 behind the status; null when nobody knew. */
	level: number | null;
	/** What drives this element's actions: its answers, the risks and the role gaps. */
	why: Bilingual;
	actions: Suggestion[];
}

export interface ScopeRow {
	dimension: ScopeDimension;
	status: ScopeStatus;
	level: number | null;
	/** What the answers say about it: the level description nearest the mean. */
	note: Bilingual | null;
}

/** A goals-worksheet row as seeded: the goal and the KPI template it starts from. */
export interface GoalSeed {
	goal: string;
	kpi: string;
}

export interface GeneratedPlan {
	/** The prioritised actions, in order: phase, quick wins first, then value for effort. */
	actions: Suggestion[];
	change: ChangeElementPlan[];
	scope: ScopeRow[];
	goals: GoalSeed[];
}

// The plan as stored: the repository (src/lib/server/plans) maps its rows to these.

/** The generated parts that people do not edit. */
export interface Generated {
	change: Omit<ChangeElementPlan, 'actions'>[];
	scope: ScopeRow[];
}

export interface Owner {
	/** A member of the organisation, or null for a name typed in. */
	id: string | null;
	name: string;
}

export interface ActionRow {
	id: string;
	key: string | null;
	element: ChangeElement | null;
	position: number;
	suggested: Suggestion | null;
	text: string | null;
	phase: Phase | null;
	owner: Owner | null;
	/** The owner role a person set; null follows the recommendation. */
	ownerRole: ActionOwner | null;
	/** The deliverable a person wrote; null follows the recommendation. */
	deliverable: string | null;
	/** Ids of the actions a person said this one depends on; null follows the recommendation. */
	dependsOn: string[] | null;
	due: string | null;
	status: ActionStatus;
	obsolete: boolean;
	removed: boolean;
	version: number;
}

export interface GoalRow {
	id: string;
	goal: string;
	kpiId: string;
	kpi: string | null;
	measurement: string | null;
	baseline: string | null;
	target: string | null;
	owner: Owner | null;
	due: string | null;
	version: number;
}
