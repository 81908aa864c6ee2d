// The results as the dashboard shows them: one language, only what the page draws. A
// 300-person workshop's AssessmentResult carries per-statement breakdowns by role and
// department and one summary per person; none of that is sent to the browser.
import type { Locale } from '$lib/i18n/locale';
import type { Action, Effort, RiskLevel, ScoredQuestionnaire } from '$lib/questionnaires/schema';
import {
	ROLE_LAYERS,
	type ActionTier,
	type AssessmentResult,
	type RoleGap,
	type RoleLayer,
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
}

export interface LensView {
	id: string;
	kind: ScoredQuestionnaire['kind'];
	title: string;
	score: number | null;
	confidence: number | null;
	items: ItemView[];
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
}

const actions = (list: readonly Action[] | undefined, locale: Locale): ActionView[] =>
	(list ?? []).map((a) => ({ text: a.text[locale], effort: a.effort }));

export function resultsView(
	result: AssessmentResult,
	content: ScoringModel,
	locale: Locale,
	rolesHidden = false
): ResultsView {
	const questionnaires = new Map(content.lenses.map((q) => [q.id, q]));
	const itemsById = new Map(content.lenses.flatMap((q) => q.items.map((i) => [i.id, i])));
	const itemTitle = (id: string) => itemsById.get(id)?.title[locale] ?? id;
	const statementText = (item: string, statement: string) =>
		itemsById.get(item)?.statements.find((s) => s.id === statement)?.text[locale] ?? statement;
	const band = (id: string) => content.model.bands.find((b) => b.id === id);

	const lenses: LensView[] = result.lenses.map((lens) => ({
		id: lens.id,
		kind: lens.kind,
		title: questionnaires.get(lens.id)?.title[locale] ?? lens.id,
		score: lens.score,
		confidence: lens.confidence,
		items: lens.items.map((it) => {
			const source = itemsById.get(it.id);
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
				prevention: it.risk ? actions(source?.risk?.prevention[it.risk.level], locale) : []
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
		gaps
	};
}
