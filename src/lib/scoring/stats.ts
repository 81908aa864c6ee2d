// Statistics of one statement, computed from its seven counts (levels 0–4, don't know, not
// applicable).
import { DONT_KNOW_SLOT, NOT_APPLICABLE_SLOT, SLOTS, type Counts } from './tally';
import type { Coverage, StatementStats } from './types';

export function coverage(known: number, dontKnow: number, notApplicable: number): Coverage {
	const answered = known + dontKnow;
	return { known, dontKnow, notApplicable, confidence: answered === 0 ? null : known / answered };
}

/** The level at a 0-based position of the known answers sorted ascending. */
function levelAt(distribution: readonly number[], position: number): number {
	let seen = 0;
	for (let level = 0; level <= 4; level++) {
		seen += distribution[level] ?? 0;
		if (position < seen) return level;
	}
	return 4;
}

export function statementStats(counts: Counts, statement: number): StatementStats {
	const o = statement * SLOTS;
	const distribution: StatementStats['distribution'] = [
		counts[o] ?? 0,
		counts[o + 1] ?? 0,
		counts[o + 2] ?? 0,
		counts[o + 3] ?? 0,
		counts[o + 4] ?? 0
	];
	const dontKnow = counts[o + DONT_KNOW_SLOT] ?? 0;
	const notApplicable = counts[o + NOT_APPLICABLE_SLOT] ?? 0;
	let n = 0;
	let total = 0;
	distribution.forEach((c, level) => {
		n += c;
		total += c * level;
	});
	const answered = n + dontKnow;
	const confidence = answered === 0 ? null : n / answered;
	if (n === 0)
		return {
			known: n,
			dontKnow,
			notApplicable,
			confidence,
			distribution,
			mean: null,
			median: null,
			sd: null,
			score: null
		};
	const mean = total / n;
	let squares = 0;
	distribution.forEach((c, level) => (squares += c * (level - mean) ** 2));
	const middle =
		levelAt(distribution, Math.floor((n - 1) / 2)) + levelAt(distribution, Math.floor(n / 2));
	return {
		known: n,
		dontKnow,
		notApplicable,
		confidence,
		distribution,
		mean,
		median: middle / 2,
		sd: Math.sqrt(squares / n),
		score: mean * 25
	};
}
