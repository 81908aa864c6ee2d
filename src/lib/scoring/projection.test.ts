// The projection: what the plan's actions would buy. Properties over any questionnaire, answers,
// decisions and actions, and one case computed by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './assess';
import { project } from './projection';
import { arbitraryDecided } from './test-arbitraries';
import { item, lens, model, respondent } from './test-fixtures';

const rank = (bands: { id: string }[], id: string | undefined) =>
	bands.findIndex((b) => b.id === id);

describe('project: properties', () => {
	it('never falls below the current score anywhere, never exceeds 100, never widens a gap', () => {
		fc.assert(
			fc.property(arbitraryDecided, ([scoring, respondents, decisions, actions]) => {
				const current = scoreAssessment(scoring, respondents, decisions);
				const projected = project(scoring, current, actions);
				const pairs: [number | null, number | null][] = [
					[current.index, projected.index],
					...current.lenses.flatMap((l, i): [number | null, number | null][] => [
						[l.score, projected.lenses[i]?.score ?? null],
						...l.items.map((it, j): [number | null, number | null] => [
							it.score,
							projected.lenses[i]?.items[j]?.score ?? null
						])
					])
				];
				for (const [before, after] of pairs) {
					if (before === null) expect(after).toBeNull();
					else {
						expect(after).not.toBeNull();
						expect(after ?? -1).toBeGreaterThanOrEqual(before);
						expect(after ?? 101).toBeLessThanOrEqual(100);
					}
				}
				if (current.gap !== null)
					expect(projected.gap ?? Infinity).toBeLessThanOrEqual(current.gap + 1e-9);
				const bands = scoring.model.bands;
				expect(rank(bands, projected.band?.id)).toBeGreaterThanOrEqual(
					rank(bands, current.band?.id)
				);
				for (const b of projected.blockers)
					expect(current.blockers.map((x) => x.item)).toContain(b);
				for (const l of projected.lifted) expect(l.to).toBeGreaterThan(l.from);
			})
		);
	});

	it('with no actions, is the result itself', () => {
		fc.assert(
			fc.property(arbitraryDecided, ([scoring, respondents, decisions]) => {
				const current = scoreAssessment(scoring, respondents, decisions);
				const projected = project(scoring, current, []);
				expect(projected.index).toBe(current.index);
				expect(projected.band).toEqual(current.band);
				expect(projected.gap).toBe(current.gap);
				expect(projected.lenses).toEqual(
					current.lenses.map((l) => ({
						id: l.id,
						score: l.score,
						gap: l.gap,
						items: l.items.map((it) => ({
							id: it.id,
							level: it.level,
							score: it.score,
							gap: it.gap
						}))
					}))
				);
				expect(projected.blockers).toEqual(current.blockers.map((b) => b.item));
				expect(projected.risks).toEqual(
					Object.fromEntries(current.risks.map((r) => [r.item, r.level]))
				);
				expect(projected.lifted).toEqual([]);
			})
		);
	});

	it('does not depend on the order of the actions, and more actions never score less', () => {
		fc.assert(
			fc.property(arbitraryDecided, ([scoring, respondents, decisions, actions]) => {
				const current = scoreAssessment(scoring, respondents, decisions);
				const all = project(scoring, current, actions);
				expect(project(scoring, current, [...actions].reverse())).toEqual(all);
				const fewer = project(scoring, current, actions.slice(0, Math.floor(actions.length / 2)));
				if (fewer.index !== null) expect(all.index ?? -1).toBeGreaterThanOrEqual(fewer.index);
			})
		);
	});
});

describe('project: by hand', () => {
	// One lens; item a (weight 2, critical, target 3): s1, s2; item b (weight 1, target 2): s1, s2.
	const scoring = model([
		lens('plan', [item('a', ['s1', 's2'], { weight: 2, critical: true }), item('b', ['s1', 's2'])])
	]);
	const result = scoreAssessment(
		scoring,
		[
			respondent('x', { 'a/s1': 1, 'a/s2': 2, 'b/s1': 3, 'b/s2': 'dont-know' }),
			respondent('y', { 'a/s1': 1, 'a/s2': 1, 'b/s1': 3 })
		],
		{ targets: { b: 2 } }
	);

	it('starts from: a = (1 + 1.5) / 2 = 1.25 (a blocker), b = 3; index (31.25×2 + 75) / 3 = 45.83', () => {
		expect(result.index).toBeCloseTo(137.5 / 3, 10);
		expect(result.band?.id).toBe('emerging');
		// a is 1.75 short of 3: 43.75 points × share 2/3 = 29.17; b meets its target 2.
		expect(result.gap).toBeCloseTo((43.75 * 2) / 3, 10);
	});

	it('lifts a/s1 to 3 and a/s2 to 2 (and b/s2, which nobody knew, stays out)', () => {
		const p = project(scoring, result, [
			{ lifts: [{ statement: 'a/s1', to: 3 }] },
			{
				lifts: [
					{ statement: 'a/s2', to: 2 },
					{ statement: 'b/s2', to: 4 },
					{ statement: 'b/s1', to: 1 }
				]
			}
		]);
		// a = (3 + 2) / 2 = 2.5 → 62.5, no longer a blocker; b unchanged at 75 (lifts never lower).
		expect(p.lenses[0]?.items.map((i) => i.level)).toEqual([2.5, 3]);
		expect(p.index).toBeCloseTo((62.5 * 2 + 75) / 3, 10);
		expect(p.blockers).toEqual([]);
		expect(p.band).toEqual({ id: 'developing', reached: 'developing', capped: false });
		expect(p.gap).toBeCloseTo((12.5 * 2) / 3, 10);
		expect(p.lifted).toEqual([
			{ statement: 'a/s1', from: 1, to: 3 },
			{ statement: 'a/s2', from: 1.5, to: 2 }
		]);
	});

	it('refuses a lift to a level that does not exist', () => {
		expect(() => project(scoring, result, [{ lifts: [{ statement: 'a/s1', to: 7 }] }])).toThrow(
			/level/
		);
	});
});
