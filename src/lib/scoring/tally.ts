// Every statistic the engine reports can be derived from how many answers fell on each level,
// so respondents are reduced to counts first: six per statement (levels 0–4, then don't know).
import type { Layout } from './layout';
import type { Answer, Respondent } from './types';

export const SLOTS = 6;
export const DONT_KNOW_SLOT = 5;

export type Counts = Int32Array;

export function emptyCounts(layout: Layout): Counts {
	return new Int32Array(layout.statements.length * SLOTS);
}

function slotOf(answer: Answer): number {
	if (answer === 'dont-know') return DONT_KNOW_SLOT;
	if (Number.isInteger(answer) && answer >= 0 && answer <= 4) return answer;
	throw new RangeError(`Not an answer: ${JSON.stringify(answer)}`);
}

/** Adds one respondent's answers; answers to statements outside the model are ignored. */
export function addRespondent(counts: Counts, layout: Layout, respondent: Respondent): void {
	for (const [key, answer] of Object.entries(respondent.answers)) {
		const index = layout.byKey.get(key);
		if (index === undefined) continue;
		const at = index * SLOTS + slotOf(answer);
		counts[at] = (counts[at] ?? 0) + 1;
	}
}

export function countsOf(layout: Layout, respondents: readonly Respondent[]): Counts {
	const counts = emptyCounts(layout);
	for (const respondent of respondents) addRespondent(counts, layout, respondent);
	return counts;
}
