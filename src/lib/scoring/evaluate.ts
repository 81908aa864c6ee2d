// From counts to scores: statement means → item levels → lens scores → readiness index, then
// bands, gating and risk ratings. Used for the whole group and for every breakdown alike, so it
// is written as plain loops over arrays: it runs once per respondent on every recomputation.
import { atLeast, below } from './compare';
import type { Layout } from './layout';
import { rateRisk } from './risk';
import { DONT_KNOW_SLOT, SLOTS, type Counts } from './tally';
import type { BandOutcome, RiskOutcome } from './types';

export interface Evaluation {
	statementMean: (number | null)[];
	/** Per item: weighted mean level 0–4, and its answer counts. */
	itemLevel: (number | null)[];
	itemKnown: number[];
	itemDontKnow: number[];
	lensScore: (number | null)[];
	index: number | null;
	/** Item indices, in questionnaire order. */
	blockers: number[];
	band: BandOutcome | null;
	risks: (RiskOutcome | null)[];
}

const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));

/** Weighted mean of `values` at `members`, skipping unknown values; null when all are. */
function weightedMean(
	values: readonly (number | null)[],
	members: Iterable<number>,
	weights: readonly number[]
): number | null {
	let total = 0;
	let sum = 0;
	for (const m of members) {
		const value = values[m];
		if (value === null || value === undefined) continue;
		const weight = weights[m] ?? 0;
		total += value * weight;
		sum += weight;
	}
	return sum === 0 ? null : total / sum;
}

function band(layout: Layout, index: number | null, blocked: boolean): BandOutcome | null {
	const { bands, gating } = layout.scoring.model;
	if (index === null) return null;
	let rank = 0;
	bands.forEach((b, i) => {
		if (atLeast(index, b.from)) rank = i;
	});
	const reached = bands[rank]?.id ?? '';
	const cap = bands.findIndex((b) => b.id === gating.capAt);
	const capped = blocked && cap >= 0 && rank > cap;
	return { id: capped ? gating.capAt : reached, reached, capped };
}

export function evaluate(layout: Layout, counts: Counts): Evaluation {
	const { weights } = layout;
	const statementMean: (number | null)[] = [];
	const statementKnown: number[] = [];
	for (let s = 0; s < layout.statements.length; s++) {
		let n = 0;
		let total = 0;
		for (let level = 0; level <= 4; level++) {
			const c = counts[s * SLOTS + level] ?? 0;
			n += c;
			total += c * level;
		}
		statementKnown.push(n);
		statementMean.push(n === 0 ? null : total / n);
	}

	const itemLevel: (number | null)[] = [];
	const itemKnown: number[] = [];
	const itemDontKnow: number[] = [];
	const itemScore: (number | null)[] = [];
	for (const slot of layout.items) {
		const level = weightedMean(statementMean, slot.statements, weights.statements);
		itemLevel.push(level === null ? null : clamp(level, 4));
		itemScore.push(level === null ? null : clamp(level, 4) * 25);
		let known = 0;
		let dontKnow = 0;
		for (const s of slot.statements) {
			known += statementKnown[s] ?? 0;
			dontKnow += counts[s * SLOTS + DONT_KNOW_SLOT] ?? 0;
		}
		itemKnown.push(known);
		itemDontKnow.push(dontKnow);
	}

	const lensScore = layout.lenses.map((lens) => {
		const score = weightedMean(itemScore, lens.items, weights.items);
		return score === null ? null : clamp(score, 100);
	});
	const mean = weightedMean(lensScore, lensScore.keys(), weights.lenses);
	const index = mean === null ? null : clamp(mean, 100);

	const { criticalBelow } = layout.scoring.model.gating;
	const blockers: number[] = [];
	const risks: (RiskOutcome | null)[] = [];
	layout.items.forEach((slot, i) => {
		const level = itemLevel[i] ?? null;
		if (slot.item.critical && level !== null && below(level, criticalBelow)) blockers.push(i);
		if (!slot.risk) return void risks.push(null);
		const answered = (itemKnown[i] ?? 0) + (itemDontKnow[i] ?? 0);
		risks.push(
			rateRisk(slot.risk, {
				statement: (id) => statementMean[slot.byStatementId.get(id) ?? -1] ?? null,
				score: itemScore[i] ?? null,
				unknown: answered === 0 ? null : (itemDontKnow[i] ?? 0) / answered
			})
		);
	});
	return {
		statementMean,
		itemLevel,
		itemKnown,
		itemDontKnow,
		lensScore,
		index,
		blockers,
		band: band(layout, index, blockers.length > 0),
		risks
	};
}
