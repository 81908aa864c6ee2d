// Everything a roadmap is made from, already loaded: the mapping to RoadmapData is then a pure
// function of it, unit-tested without a database (map/*.test.ts, on test-fixtures.ts's input).
import type { NaReason } from '$lib/assessments/not-applicable';
import type { RegisterFigures } from '$lib/evidence/flags';
import type { Stage } from '$lib/questionnaires/schema';
import type { Locale } from '$lib/i18n/locale';
import { serverT } from '$lib/i18n/server';
import { counted } from '$lib/plans/projected';
import { levelText } from '$lib/plans/text';
import type { Item, ScoredQuestionnaire } from '$lib/questionnaires/schema';
import type { AssessmentResult, ItemResult, RoleLayer } from '$lib/scoring';
import { project, type Lift, type Projection } from '$lib/scoring/projection';
import type { PinnedContent } from '$lib/server/assessments/content';
import type { PlanState } from '$lib/plans/view';

export interface ReportInput {
	organisation: string;
	assessment: { title: string; anonymous: boolean };
	/** Who ran the assessment: a proper name, printed as given. */
	facilitator: string;
	content: Pick<PinnedContent, 'model' | 'lenses' | 'goals'>;
	/** Anonymised already when the assessment is anonymous. */
	result: AssessmentResult;
	plan: PlanState;
	comments: { item: string; body: string; role: RoleLayer; name: string | null }[];
	people: { role: RoleLayer; name: string | null }[];
	/** The report's date, 'YYYY-MM-DD'. */
	date: string;
	/** Register figures by goal id, in the report's language. */
	evidence: Record<string, string[]>;
	/** The workshop's agreements that still hold (level set), with their rationale. */
	consensus: { item: string; statement: string; rationale: string | null }[];
	/**
	 * "Not applicable" answers with their reasons. For an anonymous assessment, only those the
	 * result counts (closed sections, see closedSectionsOnly).
	 */
	notApplicable: {
		item: string;
		statement: string;
		reason: NaReason;
		note: string | null;
		role: RoleLayer;
	}[];
	/**
	 * The customer register's figures (issue 15 §7): a finding says where the register disagrees
	 * with a level given. Absent, nothing is checked.
	 */
	register?: RegisterFigures;
	/** Where the organisation stands (issue 15 §5); absent or null when not recorded. */
	stage?: Stage | null;
}

export interface Ctx {
	input: ReportInput;
	locale: Locale;
	t: ReturnType<typeof serverT>;
	/** A mean level 0–4 with one decimal, in the language's digits. */
	level: (n: number) => string;
	items: Map<string, { item: Item; lens: ScoredQuestionnaire; result: ItemResult }>;
	/** The result once the plan's actions (those it still counts) are done. */
	projection: Projection;
}

/** The plan's actions as the projection takes them: the same rows the plan page counts. */
function planActions(plan: PlanState): { lifts: readonly Lift[] }[] {
	return plan.actions
		.filter(counted)
		.map((a) => ({ lifts: (a.suggested?.lifts ?? []) as readonly Lift[] }));
}

export function context(input: ReportInput, locale: Locale): Ctx {
	const results = new Map(input.result.lenses.flatMap((l) => l.items.map((i) => [i.id, i])));
	const items = new Map(
		input.content.lenses.flatMap((lens) =>
			lens.items.flatMap((item) => {
				const result = results.get(item.id);
				return result ? [[item.id, { item, lens, result }] as const] : [];
			})
		)
	);
	return {
		input,
		locale,
		t: serverT(locale),
		level: (n) => levelText(locale, n),
		items,
		projection: project(
			{ model: input.content.model, lenses: input.content.lenses },
			input.result,
			planActions(input.plan)
		)
	};
}

/** An item's title in the report's language (the id if the pinned content lacks it). */
export function itemTitle(ctx: Ctx, id: string): string {
	return ctx.items.get(id)?.item.title[ctx.locale] ?? id;
}
