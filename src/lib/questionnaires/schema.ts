// The one schema every questionnaire file in questionnaires/ must satisfy. Pure (no I/O):
// the browser, the server, the CLI check and the JSON Schema generator all use it.
import { z } from 'zod';

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

export const Slug = z
	.string()
	.regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be a lower-case slug like "executive-buy-in"');

/** Every user-visible text, in both languages; the Persian must be written in Persian script. */
export const Bilingual = z.strictObject({
	en: z.string().trim().min(1, 'English text is empty'),
	fa: z
		.string()
		.trim()
		.min(1, 'Persian text is empty')
		.refine((s) => ARABIC_SCRIPT.test(s), 'Persian text contains no Persian script')
});
export type Bilingual = z.infer<typeof Bilingual>;

/** Answers are levels 0 (absent) … 4 (optimised); "don't know" is recorded separately. */
export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

/**
 * The scope dimensions and project levers of DOMAIN 001 (scope creep). From version 2 each has
 * its own statement in the scope-creep item, which names it in `scope`; the scope guard reads
 * each row from that statement.
 */
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
export const ScopeDimension = z.enum(SCOPE_DIMENSIONS);
export type ScopeDimension = z.infer<typeof ScopeDimension>;

/**
 * The customer register's figures a statement can be checked against, each a share (0–1):
 * duplicate_rate (customers sharing an email or phone with another), completeness (mean share of
 * the profile fields filled in), contact_completeness (the same over email and phone), top20_share (the Pareto concentration: share of the recorded
 * annual value from the top 20% of customers), satisfaction_measured (customers with a measured
 * satisfaction), reached_90_days (customers with an interaction in the last 90 days) and
 * value_recorded (customers with an annual value).
 */
export const EVIDENCE_FIGURES = [
	'duplicate_rate',
	'completeness',
	'contact_completeness',
	'top20_share',
	'satisfaction_measured',
	'reached_90_days',
	'value_recorded'
] as const;
export const EvidenceFigure = z.enum(EVIDENCE_FIGURES);
export type EvidenceFigure = z.infer<typeof EvidenceFigure>;

const Share = z.number().min(0, 'a share from 0 to 1').max(1, 'a share from 0 to 1 (2% is 0.02)');

/**
 * What a level of a statement requires of one register figure: a level of `from` or above needs
 * the figure at most `atMost`, or at least `atLeast`. The register disagrees when it does not.
 */
export const EvidenceRequirement = z
	.strictObject({
		figure: EvidenceFigure,
		from: z.number().int().min(1).max(4),
		atMost: Share.optional(),
		atLeast: Share.optional()
	})
	.refine(
		(r) => (r.atMost === undefined) !== (r.atLeast === undefined),
		'give exactly one of atMost or atLeast'
	);
export type EvidenceRequirement = z.infer<typeof EvidenceRequirement>;

/**
 * The role layers of DOMAIN 004 that questionnaire content can address, one vocabulary for
 * statements (who they are put to) and actions (who owns them): executives (vision, strategy,
 * sponsorship), middle managers (operations and analysis) and front-line supervisors and
 * specialists (the touchpoints with customers). The scoring engine's ROLE_LAYERS add the
 * outsiders (consultant, other).
 */
export const CONTENT_LAYERS = ['executive', 'middle_manager', 'specialist'] as const;
export const ContentLayer = z.enum(CONTENT_LAYERS, {
	error: (issue) =>
		`unknown role layer ${JSON.stringify(issue.input)}: use one of ${CONTENT_LAYERS.join(', ')}`
});
export type ContentLayer = z.infer<typeof ContentLayer>;

/**
 * Where the organisation stands with CRM (readiness versus maturity): no CRM yet, choosing one,
 * implementing, live and improving. Statements are written for `live`; earlier stages may
 * reword them or not ask them.
 */
export const STAGES = ['no_crm', 'choosing', 'implementing', 'live'] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

const Levels = z.tuple([Bilingual, Bilingual, Bilingual, Bilingual, Bilingual]);

/** How a statement is asked at an earlier stage: not at all, or in other words. */
export const StageVariant = z.union([
	z.literal('skip'),
	z.strictObject({ text: Bilingual, levels: Levels })
]);
export type StageVariant = z.infer<typeof StageVariant>;

export const Statement = z.strictObject({
	id: Slug,
	text: Bilingual,
	/** The scope-guard row this statement measures (only in the scope-creep item). */
	scope: ScopeDimension.optional(),
	/** What each of the five levels means for this statement, from 0 to 4. */
	levels: Levels,
	weight: z.number().positive().default(1),
	/** Register figures that can contradict a level given to this statement (docs/scoring.md). */
	evidence: z.array(EvidenceRequirement).min(1).optional(),
	/**
	 * The role layers it is meant for. Absent: a common statement, put to everyone. In a
	 * workshop a participant answers the common statements and those of their own layer.
	 */
	audience: z.array(ContentLayer).min(1).optional(),
	/** Stages before a live CRM at which it is reworded or not asked (absent: asked as written). */
	stages: z
		.strictObject({
			no_crm: StageVariant.optional(),
			choosing: StageVariant.optional(),
			implementing: StageVariant.optional()
		})
		.optional()
});
export type Statement = z.infer<typeof Statement>;

/** quick: weeks, one team; medium: a quarter; large: a programme across units. */
export const Effort = z.enum(['quick', 'medium', 'large']);
export type Effort = z.infer<typeof Effort>;

/** The role layers an action can be owned by (the scoring engine's ROLE_LAYERS, minus outsiders). */
export const ActionOwner = ContentLayer;
export type ActionOwner = z.infer<typeof ActionOwner>;

/** A statement an action raises when done, and the level it raises it to (never lowers). */
export const Lift = z.strictObject({ statement: Slug, to: z.number().int().min(1).max(4) });
export type Lift = z.infer<typeof Lift>;

export const Action = z.strictObject({
	id: Slug,
	text: Bilingual,
	effort: Effort,
	/** Who carries it out. Absent: the plan derives an owner from the lens. */
	owner: ActionOwner.optional(),
	/** What exists when it is done: a document, a decision, a running routine. */
	deliverable: Bilingual.optional(),
	/** Statements of the same item it lifts, for the projected score. */
	lifts: z.array(Lift).optional(),
	/** Ids of actions (any item of the same questionnaire) that must be done first. */
	after: z.array(Slug).optional()
});
export type Action = z.infer<typeof Action>;

/**
 * Recommended actions by the item's current level: `low` when its mean level is below 2,
 * `mid` from 2 to below 3, `high` (sustain and improve) from 3 up.
 */
export const ActionsByLevel = z.strictObject({
	low: z.array(Action).min(1),
	mid: z.array(Action).min(1),
	high: z.array(Action).default([])
});
export type ActionsByLevel = z.infer<typeof ActionsByLevel>;

/** Cross-links by item id: an item can raise a failure risk or support a building block. */
export const Links = z.strictObject({
	risks: z.array(Slug).default([]),
	blocks: z.array(Slug).default([]),
	goals: z.array(Slug).default([])
});

export const RiskLevel = z.enum(['high', 'medium', 'low']);
export type RiskLevel = z.infer<typeof RiskLevel>;

const Comparison = z
	.strictObject({ lt: z.number().optional(), gte: z.number().optional() })
	.refine((c) => (c.lt === undefined) !== (c.gte === undefined), 'give exactly one of lt or gte');

/**
 * Conditions over the answers of the item the rule belongs to:
 * - `statement`: the (mean) level of one statement, 0–4; false when nobody knew the answer;
 * - `score`: the item's score, 0–100;
 * - `unknown`: the share (0–1) of this item's answers that were "don't know";
 * - `all` / `any`: combinations.
 */
export type Condition =
	| { statement: string; lt?: number; gte?: number }
	| { score: { lt?: number; gte?: number } }
	| { unknown: { lt?: number; gte?: number } }
	| { all: Condition[] }
	| { any: Condition[] };

export const Condition: z.ZodType<Condition> = z.lazy(() =>
	z.union([
		z
			.strictObject({
				statement: Slug,
				lt: z.number().min(0).max(4).optional(),
				gte: z.number().min(0).max(4).optional()
			})
			.refine(
				(c) => (c.lt === undefined) !== (c.gte === undefined),
				'give exactly one of lt or gte'
			),
		z.strictObject({ score: Comparison }),
		z.strictObject({ unknown: Comparison }),
		z.strictObject({ all: z.array(Condition).min(1) }),
		z.strictObject({ any: z.array(Condition).min(1) })
	])
);

/** Rules evaluated in order; the first whose condition holds gives the level. */
export const RiskRules = z.strictObject({
	rules: z.array(z.strictObject({ level: RiskLevel, when: Condition })).min(1),
	default: RiskLevel,
	/** Preventive actions for each risk level. */
	prevention: z.strictObject({
		high: z.array(Action).min(1),
		medium: z.array(Action).min(1),
		low: z.array(Action).min(1)
	})
});
export type RiskRules = z.infer<typeof RiskRules>;

export const Item = z.strictObject({
	id: Slug,
	title: Bilingual,
	/** Why this matters and how to judge it: shown beside the statements. */
	guidance: Bilingual,
	weight: z.number().positive(),
	/** A critical item below level 2 caps the readiness band and is listed as a blocker. */
	critical: z.boolean().default(false),
	/**
	 * The default required level (0–4) for this item: where an organisation needs it to be before
	 * implementing CRM. An assessment may set its own. Content without it (v1) means level 3.
	 */
	target: z.number().int().min(0).max(4).optional(),
	/** Up to nine: the scope-creep item has one statement per scope dimension and lever. */
	statements: z.array(Statement).min(2).max(9),
	actions: ActionsByLevel,
	links: Links.default({ risks: [], blocks: [], goals: [] }),
	/** Only in the failure-risks questionnaire: how this cause is rated as a risk. */
	risk: RiskRules.optional()
});
export type Item = z.infer<typeof Item>;

const Header = {
	id: Slug,
	version: z.number().int().positive(),
	title: Bilingual,
	description: Bilingual
};

/**
 * A lens scored 0–100. `risk` lenses are phrased like the others (a higher level is better
 * prepared) and every item carries risk rules; their exposure is shown as risk and enters the
 * readiness index as preparedness.
 */
export const ScoredQuestionnaire = z.strictObject({
	...Header,
	kind: z.enum(['scored', 'risk']),
	items: z.array(Item).min(1)
});
export type ScoredQuestionnaire = z.infer<typeof ScoredQuestionnaire>;

export const Kpi = z.strictObject({
	id: Slug,
	name: Bilingual,
	/** How it is measured (source, formula, frequency). */
	measurement: Bilingual,
	/** How to establish the before-CRM benchmark. */
	baseline: Bilingual,
	/** A suggested target, stated as a change. */
	target: Bilingual,
	unit: Bilingual,
	/** Which way is better. */
	direction: z.enum(['increase', 'decrease'])
});
export type Kpi = z.infer<typeof Kpi>;

export const Goal = z.strictObject({
	id: Slug,
	title: Bilingual,
	description: Bilingual,
	kpis: z.array(Kpi).min(1).max(4)
});
export type Goal = z.infer<typeof Goal>;

/** The goals worksheet: not scored; it seeds the plan's goals table. */
export const WorksheetQuestionnaire = z.strictObject({
	...Header,
	kind: z.literal('worksheet'),
	goals: z.array(Goal).min(1)
});
export type WorksheetQuestionnaire = z.infer<typeof WorksheetQuestionnaire>;

export const Band = z.strictObject({
	id: Slug,
	/** Lowest readiness index (0–100) in this band. */
	from: z.number().min(0).max(100),
	label: Bilingual,
	summary: Bilingual
});
export type Band = z.infer<typeof Band>;

/** How lenses combine into the readiness index: weights, bands and gating, all as data. */
export const ReadinessModel = z.strictObject({
	...Header,
	kind: z.literal('model'),
	lenses: z.array(z.strictObject({ questionnaire: Slug, weight: z.number().positive() })).min(1),
	/** Ascending by `from`; the first band starts at 0. */
	bands: z.array(Band).min(2),
	gating: z.strictObject({
		/** A critical item whose mean level is below this is a blocker. */
		criticalBelow: z.number().min(0).max(4),
		/** …and the band can be no higher than this one. */
		capAt: Slug
	})
});
export type ReadinessModel = z.infer<typeof ReadinessModel>;

export const QuestionnaireFile = z.discriminatedUnion('kind', [
	ScoredQuestionnaire,
	WorksheetQuestionnaire,
	ReadinessModel
]);
export type QuestionnaireFile = z.infer<typeof QuestionnaireFile>;
