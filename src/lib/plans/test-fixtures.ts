// Small content for the plan generator's tests, with the efforts each test needs, and helpers
// to score answers against the real questionnaires.
import type { Action, Effort, Item, ScoredQuestionnaire } from '$lib/questionnaires/schema';
import { scoreAssessment, statementKey, type Answer, type Respondent } from '$lib/scoring';
import { item as scoringItem, lens, model } from '$lib/scoring/test-fixtures';
import { loadQuestionnaires } from '$lib/server/questionnaires/load';
import type { PlanSource, Suggestion } from './types';

export { lens };

/** A generated recommendation: a quick win in the first 90 days unless `over` says otherwise. */
export const suggestion = (key: string, over: Partial<Suggestion> = {}): Suggestion => ({
	key,
	kind: 'action',
	text: { en: `do ${key}`, fa: `انجام ${key}` },
	source: { en: 'Item', fa: 'موضوع' },
	item: 'item',
	element: null,
	effort: 'quick',
	priority: 5,
	urgent: false,
	quickWin: true,
	phase: 'first_90_days',
	...over
});

export function act(id: string, effort: Effort): Action {
	return { id, text: { en: id, fa: `اقدام ${id}` }, effort };
}

/** An item with the given actions per tier (and prevention per risk level, for risk items). */
export function item(
	id: string,
	statements: string[],
	actions: { low: Action[]; mid: Action[]; high?: Action[] },
	options: Parameters<typeof scoringItem>[2] & {
		prevention?: { high: Action[]; medium: Action[]; low: Action[] };
	} = {}
): Item {
	const base = scoringItem(id, statements, options);
	return {
		...base,
		actions: { high: [], ...actions },
		risk:
			base.risk && options.prevention ? { ...base.risk, prevention: options.prevention } : base.risk
	};
}

export function source(
	lenses: ScoredQuestionnaire[],
	respondents: Respondent[],
	weights?: number[]
): PlanSource {
	return { result: scoreAssessment(model(lenses, weights), respondents), lenses, goals: null };
}

/** Answers for one item's statements, by statement id. */
export function answers(itemId: string, levels: Record<string, Answer>): Record<string, Answer> {
	return Object.fromEntries(
		Object.entries(levels).map(([statement, level]) => [statementKey(itemId, statement), level])
	);
}

/**
 * The real questionnaires, scored: what the change plan and the scope guard read. `directory`
 * 'questionnaires/v1' scores the stored version 1 instead.
 */
export function realSource(respondents: Respondent[], directory?: string): PlanSource {
	const q = loadQuestionnaires(directory);
	const result = scoreAssessment({ model: q.model, lenses: q.lenses }, respondents);
	return { result, lenses: q.lenses, goals: q.goals };
}

/** The same answer to every statement of the real lenses. */
export function everyStatement(level: Answer): Record<string, Answer> {
	return Object.fromEntries(
		loadQuestionnaires().lenses.flatMap((l) =>
			l.items.flatMap((i) => i.statements.map((s) => [statementKey(i.id, s.id), level]))
		)
	);
}
