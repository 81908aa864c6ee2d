// Where the organisation needs to be: each item's required level (its target), and how far the
// scores fall short of it — per item in levels, per lens and for the index in score points,
// weighted exactly as the scores are. Overshooting one item never offsets a shortfall elsewhere.
import { below } from './compare';
import { weightedMean } from './evaluate';
import type { Layout } from './layout';
import type { Shortfall } from './types';

/** Level 3, "practised consistently": the target of an item whose content names none (v1). */
export const DEFAULT_TARGET = 3;

// Two gaps that differ only by floating-point noise are tied, as in the discussion list.
const TIE = 1e-9;

const isLevel = (value: unknown): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4;

/** The required level of every item, by item index: set > the content's default > 3. */
export function resolveTargets(
	layout: Layout,
	targets: Readonly<Record<string, number>> = {}
): number[] {
	return layout.items.map((slot) => {
		const target = Object.hasOwn(targets, slot.item.id)
			? targets[slot.item.id]
			: (slot.item.target ?? DEFAULT_TARGET);
		if (!isLevel(target))
			throw new RangeError(`Not a target level for ${slot.item.id}: ${JSON.stringify(target)}`);
		return target;
	});
}

// Like scores, gaps are points on 0–100; a weighted mean may stray past 100 by a rounding error.
const clamp = (value: number | null) => (value === null ? null : Math.min(100, Math.max(0, value)));

export interface Gaps {
	/** Per item, in levels: target − level, never negative; null when the level is unknown. */
	itemGap: (number | null)[];
	/** Per item: gap × 25 × the item's share of the index. */
	itemWeightedGap: (number | null)[];
	/** Per lens: the score with every item at its target, over all items. */
	lensTarget: number[];
	/** Per lens: weighted mean of its items' gaps × 25, over the items with a level. */
	lensGap: (number | null)[];
	target: number;
	gap: number | null;
}

export function gapsOf(
	layout: Layout,
	itemLevel: readonly (number | null)[],
	targets: readonly number[]
): Gaps {
	const { weights } = layout;
	const itemGap = itemLevel.map((level, i) => {
		const target = targets[i] ?? DEFAULT_TARGET;
		if (level === null) return null;
		return below(level, target) ? target - level : 0;
	});
	const gapScore = itemGap.map((g) => (g === null ? null : g * 25));
	const targetScore = targets.map((t) => t * 25);
	const lensGap = layout.lenses.map((lens) =>
		clamp(weightedMean(gapScore, lens.items, weights.items))
	);
	const lensTarget = layout.lenses.map(
		(lens) => weightedMean(targetScore, lens.items, weights.items) ?? 0
	);
	return {
		itemGap,
		itemWeightedGap: itemGap.map((g, i) =>
			g === null ? null : g * 25 * (layout.items[i]?.share ?? 0)
		),
		lensTarget,
		lensGap,
		target: weightedMean(lensTarget, lensTarget.keys(), weights.lenses) ?? 0,
		gap: clamp(weightedMean(lensGap, lensGap.keys(), weights.lenses))
	};
}

/** Items below their target, the largest weighted gap first; ties keep questionnaire order. */
export function shortfalls(
	layout: Layout,
	itemLevel: readonly (number | null)[],
	targets: readonly number[],
	gaps: Gaps
): Shortfall[] {
	return layout.items
		.flatMap((slot, i) => {
			const level = itemLevel[i];
			const gap = gaps.itemGap[i];
			const weightedGap = gaps.itemWeightedGap[i];
			if (level == null || gap == null || weightedGap == null || gap === 0) return [];
			const lens = layout.lenses[slot.lens]?.questionnaire.id ?? '';
			return [{ lens, item: slot.item.id, level, target: targets[i] ?? 0, gap, weightedGap }];
		})
		.sort((a, b) =>
			Math.abs(a.weightedGap - b.weightedGap) < TIE ? 0 : b.weightedGap - a.weightedGap
		);
}
