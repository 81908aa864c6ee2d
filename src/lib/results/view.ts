// The results as the dashboard shows them: one language, only what the page draws. A
// 300-person workshop's AssessmentResult carries per-statement breakdowns by role and
// department and one summary per person; none of that is sent to the browser.
import type { Locale } from '$lib/i18n/locale';
import { atStage } from '$lib/questionnaires/audience';
import type {
	Action,
	Effort,
	RiskLevel,
	ScoredQuestionnaire,
	Stage
} from '$lib/questionnaires/schema';
import type { NaReason } from '$lib/assessments/not-applicable';
import {
	evidenceFlags,
	MIN_CUSTOMERS,
	type Breach,
	type RegisterFigures
} from '$lib/evidence/flags';
import {
	ROLE_LAYERS,
	type ActionTier,
	type AssessmentResult,
	type Projection,
	type RoleGap,
	type RoleLayer,
	type ScoreView,
	type ScoringModel
} from '$lib/scoring';

/** How many disputed statements and information gaps the page lists. */
const TOP = 10;

export interface ActionView {
	text: string;
	effort: Effort;
}

export interface ItemView {
	id: string;
	title: string;
	score: number | null;
	level: number | null;
	tier: ActionTier | null;
	critical: boolean;
	blocker: boolean;
	confidence: number | null;
	dontKnow: number;
	risk: { level: RiskLevel; exposure: number | null } | null;
	/** The recommended actions for the item's tier. */
	actions: ActionView[];
	/** For a failure cause: the preventive actions for its risk level. */
	prevention: ActionView[];
	weight: number;
	/** Share of the index, 0–1. */
	share: number;
	notApplicable: number;
	target: number;
	/** Levels short of the target; null when unknown. */
	gap: number | null;
	weightedGap: number | null;
	/** The level once the recommended actions are done. */
	projected: number | null;
	/** The same item's score in the other view (crowd ↔ agreed). */
	other: number | null;
	statements: StatementView[];
}

/** One statement in "why this score". */
export interface StatementView {
	id: string;
	/** In the words of the assessment's stage. */
	text: string;
	/** How many people it was put to (their layer, the stage); null: withheld for anonymity. */
	asked: number | null;
	weight: number;
	/** The level this view scores (agreed where the view is agreed and one was recorded). */
	level: number | null;
	/** The crowd's mean level. */
	mean: number | null;
	known: number;
	dontKnow: number;
	notApplicable: number;
	agreed: number | null;
	agreedBy: string | null;
	agreedAt: string | null;
	rationale: string | null;
}

export interface LensView {
	id: string;
	kind: ScoredQuestionnaire['kind'];
	title: string;
	score: number | null;
	confidence: number | null;
	weight: number;
	share: number;
	target: number;
	gap: number | null;
	projected: number | null;
	other: number | null;
	dontKnow: number;
	notApplicable: number;
	items: ItemView[];
}

export interface NotApplicableView {
	item: string;
	statement: string;
	reason: NaReason;
	note: string | null;
}

export interface ShortfallView {
	item: string;
	lens: string;
	level: number;
	target: number;
	weightedGap: number;
}

/** What the page shows beside the view's own figures. */
export interface ResultsExtras {
	/** The assessment's stage: statements are shown in its words. */
	stage?: Stage | null;
	/** The same answers scored in the other view. */
	other: AssessmentResult;
	projection: Projection;
	consensus: readonly {
		item: string;
		statement: string;
		level: number | null;
		rationale: string | null;
		recordedBy: string | null;
		recordedAt: Date;
	}[];
	notApplicable: readonly {
		item: string;
		statement: string;
		reason: NaReason;
		note: string | null;
	}[];
	/** The customer register's figures, to check the answers against (issue 15 §7). */
	register?: { customers: number; figures: RegisterFigures };
}

/** A statement whose level the customer register contradicts: "the register disagrees". */
export interface EvidenceFlagView {
	itemId: string;
	statementId: string;
	item: string;
	statement: string;
	/** The level given, as this view scores it (agreed where used, the crowd's mean otherwise). */
	level: number;
	/** The figures beside the claim, with what the level requires of each. */
	breaches: Breach[];
}

export interface RegisterDisagreesView {
	/** Active customers in the register; below `minimum` nothing is compared or flagged. */
	customers: number;
	minimum: number;
	flags: EvidenceFlagView[];
}

export interface RoleView {
	role: RoleLayer;
	respondents: number;
	index: number | null;
	lenses: Record<string, number | null>;
}

export interface DisputedView {
	item: string;
	statement: string;
	disagreement: number;
	sd: number;
	known: number;
	distribution: [number, number, number, number, number];
	roleGap: RoleGap | null;
}

export interface GapView {
	item: string;
	statement: string;
	known: number;
	dontKnow: number;
	/** Share of this statement's answers that were "don't know". */
	share: number;
}

export interface ResultsView {
	respondents: number;
	/** Where the organisation stands with CRM; null: not recorded. */
	stage: Stage | null;
	confidence: number | null;
	index: number | null;
	band: {
		id: string;
		label: string;
		summary: string;
		capped: boolean;
		/** The band the index alone reaches (differs from `label` when capped). */
		reached: string;
	} | null;
	lenses: LensView[];
	blockers: { item: string; lens: string; level: number }[];
	roles: RoleView[];
	/** Some role layer was left out: too few people answered from it to stay anonymous. */
	rolesHidden: boolean;
	disputed: DisputedView[];
	gaps: GapView[];
	view: ScoreView;
	/** The index with every item at its target, and the weighted shortfall (gap to target). */
	target: number;
	gap: number | null;
	/** The index once the recommended actions are done. */
	projected: number | null;
	/** The index in the crowd and in the agreed view. */
	crowd: number | null;
	agreed: number | null;
	/** Statements the room agreed on. */
	agreedCount: number;
	dontKnow: number;
	notApplicable: number;
	/** The largest weighted gaps to target. */
	shortfalls: ShortfallView[];
	/** "Not applicable" answers with their reasons (never who gave them). */
	notApplicableAnswers: NotApplicableView[];
	/**
	 * Where the customer register contradicts the level given; null when the register was not
	 * read. A flag never changes a score (docs/scoring.md).
	 */
	registerDisagrees: RegisterDisagreesView | null;
}

const actions = (list: readonly Action[] | undefined, locale: Locale): ActionView[] =>
	(list ?? []).map((a) => ({ text: a.text[locale], effort: a.effort }));

export function resultsView(
	result: AssessmentResult,
	content: ScoringModel,
	locale: Locale,
	rolesHidden = false,
	extras?: ResultsExtras
): ResultsView {
	const otherLens = new Map(extras?.other.lenses.map((l) => [l.id, l]) ?? []);
	const otherItem = new Map(
		extras?.other.lenses.flatMap((l) => l.items.map((i) => [i.id, i])) ?? []
	);
	const projectedLens = new Map(extras?.projection.lenses.map((l) => [l.id, l]) ?? []);
	const projectedItem = new Map(
		extras?.projection.lenses.flatMap((l) => l.items.map((i) => [i.id, i])) ?? []
	);
	const agreement = new Map(extras?.consensus.map((c) => [`${c.item}/${c.statement}`, c]) ?? []);
	const questionnaires = new Map(content.lenses.map((q) => [q.id, q]));
	const itemsById = new Map(content.lenses.flatMap((q) => q.items.map((i) => [i.id, i])));
	const itemTitle = (id: string) => itemsById.get(id)?.title[locale] ?? id;
	const stage = extras?.stage ?? null;
	const statementText = (item: string, statement: string) => {
		const s = itemsById.get(item)?.statements.find((x) => x.id === statement);
		return s ? (atStage(s, stage) ?? s).text[locale] : statement;
	};
	const band = (id: string) => content.model.bands.find((b) => b.id === id);

	const lenses: LensView[] = result.lenses.map((lens) => ({
		id: lens.id,
		kind: lens.kind,
		title: questionnaires.get(lens.id)?.title[locale] ?? lens.id,
		score: lens.score,
		confidence: lens.confidence,
		weight: lens.weight,
		share: lens.share,
		target: lens.target,
		gap: lens.gap,
		projected: projectedLens.get(lens.id)?.score ?? lens.score,
		other: otherLens.get(lens.id)?.score ?? null,
		dontKnow: lens.dontKnow,
		notApplicable: lens.notApplicable,
		items: lens.items.map((it) => {
			const source = itemsById.get(it.id);
			const projected = projectedItem.get(it.id);
			return {
				id: it.id,
				title: itemTitle(it.id),
				score: it.score,
				level: it.level,
				tier: it.tier,
				critical: it.critical,
				blocker: it.blocker,
				confidence: it.confidence,
				dontKnow: it.dontKnow,
				risk: it.risk && { level: it.risk.level, exposure: it.risk.exposure },
				actions: it.tier ? actions(source?.actions[it.tier], locale) : [],
				prevention: it.risk ? actions(source?.risk?.prevention[it.risk.level], locale) : [],
				weight: it.weight,
				share: it.share,
				notApplicable: it.notApplicable,
				target: it.target,
				gap: it.gap,
				weightedGap: it.weightedGap,
				projected: projected ? projected.level : it.level,
				other: otherItem.get(it.id)?.score ?? null,
				statements: it.statements.map((st) => {
					const c = agreement.get(`${it.id}/${st.id}`);
					return {
						id: st.id,
						text: statementText(it.id, st.id),
						asked: st.asked,
						weight: st.weight,
						level: st.level,
						mean: st.mean,
						known: st.known,
						dontKnow: st.dontKnow,
						notApplicable: st.notApplicable,
						agreed: st.agreed,
						agreedBy: c && st.agreed !== null ? c.recordedBy : null,
						agreedAt: c && st.agreed !== null ? c.recordedAt.toISOString() : null,
						rationale: c && st.agreed !== null ? c.rationale : null
					};
				})
			};
		})
	}));

	const statements = result.lenses.flatMap((l) =>
		l.items.flatMap((it) => it.statements.map((s) => ({ item: it.id, s })))
	);
	const gaps = statements
		.filter(({ s }) => s.dontKnow > 0)
		.map(({ item, s }) => ({
			item: itemTitle(item),
			statement: statementText(item, s.id),
			known: s.known,
			dontKnow: s.dontKnow,
			share: s.dontKnow / (s.known + s.dontKnow)
		}))
		// Stable sort: ties keep questionnaire order.
		.sort((a, b) => b.share - a.share || b.dontKnow - a.dontKnow)
		.slice(0, TOP);

	const bySlot = new Map(statements.map(({ item, s }) => [`${item}/${s.id}`, s]));
	const disputed = result.discussion
		.filter((d) => d.disagreement > 0)
		.slice(0, TOP)
		.map((d) => {
			const s = bySlot.get(`${d.item}/${d.statement}`);
			return {
				item: itemTitle(d.item),
				statement: statementText(d.item, d.statement),
				disagreement: d.disagreement,
				sd: d.sd,
				known: s?.known ?? 0,
				distribution: s?.distribution ?? [0, 0, 0, 0, 0],
				roleGap: d.roleGap
			};
		});

	return {
		respondents: result.respondents,
		stage,
		confidence: result.confidence,
		index: result.index,
		band: result.band && {
			id: result.band.id,
			label: band(result.band.id)?.label[locale] ?? result.band.id,
			summary: band(result.band.id)?.summary[locale] ?? '',
			capped: result.band.capped,
			reached: band(result.band.reached)?.label[locale] ?? result.band.reached
		},
		lenses,
		blockers: result.blockers.map((b) => ({
			item: itemTitle(b.item),
			lens: questionnaires.get(b.lens)?.title[locale] ?? b.lens,
			level: b.level
		})),
		roles: ROLE_LAYERS.filter((r) => result.byRole[r].respondents > 0).map((role) => ({
			role,
			respondents: result.byRole[role].respondents,
			index: result.byRole[role].index,
			lenses: result.byRole[role].lenses
		})),
		rolesHidden,
		disputed,
		gaps,
		view: result.view,
		target: result.target,
		gap: result.gap,
		projected: extras ? extras.projection.index : result.index,
		crowd: result.view === 'crowd' ? result.index : (extras?.other.index ?? null),
		agreed: result.view === 'agreed' ? result.index : (extras?.other.index ?? null),
		agreedCount: statements.filter(({ s }) => s.agreed !== null).length,
		dontKnow: result.dontKnow,
		notApplicable: result.notApplicable,
		shortfalls: result.shortfalls.slice(0, TOP).map((f) => ({
			item: itemTitle(f.item),
			lens: questionnaires.get(f.lens)?.title[locale] ?? f.lens,
			level: f.level,
			target: f.target,
			weightedGap: f.weightedGap
		})),
		notApplicableAnswers: (extras?.notApplicable ?? []).map((n) => ({
			item: itemTitle(n.item),
			statement: statementText(n.item, n.statement),
			reason: n.reason,
			note: n.note
		})),
		registerDisagrees: extras?.register
			? {
					customers: extras.register.customers,
					minimum: MIN_CUSTOMERS,
					flags: evidenceFlags(
						content.lenses,
						(item, statement) => bySlot.get(`${item}/${statement}`)?.level ?? null,
						extras.register.figures
					).map((f) => ({
						itemId: f.item,
						statementId: f.statement,
						item: itemTitle(f.item),
						statement: statementText(f.item, f.statement),
						level: f.level,
						breaches: f.breaches
					}))
				}
			: null
	};
}
