// From counts to scores: statement levels → item levels → lens scores → readiness index, then
// bands, gating and risk ratings. Used for the whole group and for every breakdown alike, so it
// is written as plain loops over arrays: it runs once per respondent on every recomputation.
// The roll-up from statement levels is its own step, so that the agreed view (agreed levels in
// place of some means) and the projection (lifted levels) score exactly as the crowd does.
import { atLeast, below } from './compare';
import type { Layout } from './layout';
import { rateRisk } from './risk';
import { DONT_KNOW_SLOT, NOT_APPLICABLE_SLOT, SLOTS, type Counts } from './tally';
import type { BandOutcome, RiskOutcome } from './types';

/** Answer counts per item: what confidence and the `unknown` risk condition read. */
export interface ItemCounts {
	itemKnown: number[];
	itemDontKnow: number[];
	itemNotApplicable: number[];
}

export interface RollUp {
	/** Per item: weighted mean level 0–4. */
	itemLevel: (number | null)[];
	lensScore: (number | null)[];
	index: number | null;
	/** Item indices, in questionnaire order. */
	blockers: number[];
	band: BandOutcome | null;
	risks: (RiskOutcome | null)[];
}

export interface Evaluation extends ItemCounts, RollUp {
	/** Per statement: the mean of the known answers. */
	statementMean: (number | null)[];
	/** Per statement: the level scored — the agreed level where one is given, else the mean. */
	statementLevel: (number | null)[];
}

const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));

/** Weighted mean of `values` at `members`, skipping unknown values; null when all are. */
export function weightedMean(
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

/** Items, lenses, index, band, blockers and risks from one level per statement. */
export function rollUp(
	layout: Layout,
	statementLevel: readonly (number | null)[],
	counts: ItemCounts
): RollUp {
	const { weights } = layout;
	const itemLevel: (number | null)[] = [];
	const itemScore: (number | null)[] = [];
	for (const slot of layout.items) {
		const level = weightedMean(statementLevel, slot.statements, weights.statements);
		itemLevel.push(level === null ? null : clamp(level, 4));
		itemScore.push(level === null ? null : clamp(level, 4) * 25);
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
		const dontKnow = counts.itemDontKnow[i] ?? 0;
		const answered = (counts.itemKnown[i] ?? 0) + dontKnow;
		risks.push(
			rateRisk(slot.risk, {
				statement: (id) => statementLevel[slot.byStatementId.get(id) ?? -1] ?? null,
				score: itemScore[i] ?? null,
				unknown: answered === 0 ? null : dontKnow / answered
			})
		);
	});
	return {
		itemLevel,
		lensScore,
		index,
		blockers,
		band: band(layout, index, blockers.length > 0),
		risks
	};
}

/**
 * Scores one group's counts. `agreed`, by statement index, replaces the mean of every statement
 * it gives a level for (the agreed view); the counts, and so confidence, stay the answers'.
 */
export function evaluate(
	layout: Layout,
	counts: Counts,
	agreed?: readonly (number | null)[]
): Evaluation {
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
	const itemKnown: number[] = [];
	const itemDontKnow: number[] = [];
	const itemNotApplicable: number[] = [];
	for (const slot of layout.items) {
		let known = 0;
		let dontKnow = 0;
		let notApplicable = 0;
		for (const s of slot.statements) {
			known += statementKnown[s] ?? 0;
			dontKnow += counts[s * SLOTS + DONT_KNOW_SLOT] ?? 0;
			notApplicable += counts[s * SLOTS + NOT_APPLICABLE_SLOT] ?? 0;
		}
		itemKnown.push(known);
		itemDontKnow.push(dontKnow);
		itemNotApplicable.push(notApplicable);
	}
	const statementLevel = agreed ? statementMean.map((mean, s) => agreed[s] ?? mean) : statementMean;
	const itemCounts = { itemKnown, itemDontKnow, itemNotApplicable };
	return {
		statementMean,
		statementLevel,
		...itemCounts,
		...rollUp(layout, statementLevel, itemCounts)
	};
}
