// Every statistic the engine reports can be derived from how many answers fell on each level,
// so respondents are reduced to counts first: seven per statement (levels 0–4, don't know, not
// applicable).
import type { Layout } from './layout';
import type { Answer, Respondent } from './types';

export const SLOTS = 7;
export const DONT_KNOW_SLOT = 5;
export const NOT_APPLICABLE_SLOT = 6;

export type Counts = Int32Array;

export function emptyCounts(layout: Layout): Counts {
	return new Int32Array(layout.statements.length * SLOTS);
}

function slotOf(answer: Answer): number {
	if (answer === 'dont-know') return DONT_KNOW_SLOT;
	if (answer === 'not-applicable') return NOT_APPLICABLE_SLOT;
	if (Number.isInteger(answer) && answer >= 0 && answer <= 4) return answer;
	throw new RangeError(`Not an answer: ${JSON.stringify(answer)}`);
}

/**
 * Adds one respondent's answers; answers to statements outside the model, or (with `asked`,
 * 1 by statement index for those put to them) not put to this respondent, are ignored. With
 * `touched`, the positions it added to are written there and their number is returned, so the
 * same answers can be added to groups (`addTouched`) without walking every slot.
 */
export function addRespondent(
	counts: Counts,
	layout: Layout,
	respondent: Respondent,
	asked?: Uint8Array,
	touched?: Int32Array
): number {
	// By statement, not by answer: no array per answer (Object.entries), and answers to
	// statements outside the model are never looked at.
	const { answers } = respondent;
	const keys = layout.keys;
	let n = 0;
	for (let index = 0; index < keys.length; index++) {
		if (asked !== undefined && asked[index] === 0) continue;
		const answer = answers[keys[index] as string];
		if (answer === undefined) continue;
		const at = index * SLOTS + slotOf(answer);
		counts[at] = (counts[at] ?? 0) + 1;
		if (touched) touched[n] = at;
		n++;
	}
	return n;
}

/** Adds the first `n` positions of `touched` (from addRespondent) to a group's counts. */
export function addTouched(counts: Counts, touched: Int32Array, n: number): void {
	for (let k = 0; k < n; k++) {
		const at = touched[k] as number;
		counts[at] = (counts[at] ?? 0) + 1;
	}
}

export function countsOf(layout: Layout, respondents: readonly Respondent[]): Counts {
	const counts = emptyCounts(layout);
	for (const respondent of respondents) addRespondent(counts, layout, respondent);
	return counts;
}
