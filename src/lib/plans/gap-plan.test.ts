// The plan built from the gap (issue 14): priority from the target, owner roles, deliverables,
// dependencies and what the plan's actions would buy. Hand-computed cases and properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Level } from '$lib/questionnaires/schema';
import { scoreAssessment } from '$lib/scoring';
import { arbitraryAssessment } from '$lib/scoring/test-arbitraries';
import { model, respondent } from '$lib/scoring/test-fixtures';
import { allSuggestions, generatePlan } from './generate';
import { projectPlan } from './projected';
import { act, answers, item, lens } from './test-fixtures';
import { PHASES, type ActionRow, type PlanSource, type Suggestion } from './types';

// Two lenses of weight 1: "data" (migrate, weight 3, target 4; cleanse, weight 1, default 3)
// and "strategic-planning" (vision, weight 1, target 2).
const migrate = {
	...item('migrate', ['mapped', 'tested'], {
		low: [
			{
				...act('run-migration', 'quick'),
				after: ['cleanse-data'],
				owner: 'specialist' as const,
				deliverable: { en: 'Migrated records', fa: 'رکوردهای منتقل‌شده' },
				lifts: [{ statement: 'tested', to: 3 }]
			}
		],
		mid: [act('m-mid', 'quick')]
	}),
	weight: 3,
	target: 4
};
const cleanse = item('cleanse', ['dupes'], {
	low: [{ ...act('cleanse-data', 'medium') }],
	mid: [act('c-mid', 'quick')]
});
const vision = {
	...item('vision', ['shared'], {
		low: [act('v-low', 'quick')],
		mid: [act('write-vision', 'quick')]
	}),
	target: 2
};
const lenses = [lens('data', [migrate, cleanse]), lens('strategic-planning', [vision])];
const scoring = model(lenses);

function planFor(levels: Record<string, Level>, targets?: Record<string, number>) {
	const [m1, m2, c, v] = [levels.mapped, levels.tested, levels.dupes, levels.shared];
	const result = scoreAssessment(
		scoring,
		[
			respondent('ana', {
				...answers('migrate', { mapped: m1 ?? 0, tested: m2 ?? 0 }),
				...answers('cleanse', { dupes: c ?? 0 }),
				...answers('vision', { shared: v ?? 0 })
			})
		],
		{ targets }
	);
	const source: PlanSource = { result, lenses, goals: null };
	return { result, plan: generatePlan(source) };
}

const byKey = (list: Suggestion[]) => Object.fromEntries(list.map((s) => [s.key, s]));

describe('priority from the gap to target, by hand', () => {
	// Shares: migrate 3/4 × 1/2 = 0.375, cleanse 1/4 × 1/2 = 0.125, vision 1/2.
	// migrate (1 + 1) / 2 = 1 vs target 4: gap 3 → 3 × 25 × 0.375 = 28.125
	// cleanse 1 vs default target 3: gap 2 → 2 × 25 × 0.125 = 6.25
	// vision 2 vs target 2: gap 0 → 0 (tier mid: its action still comes, at no priority)
	const { plan } = planFor({ mapped: 1, tested: 1, dupes: 1, shared: 2 });
	const s = byKey(plan.actions);

	it('is (target − current) × 25 × the item’s share of the index', () => {
		expect(s['action/migrate/run-migration']?.priority).toBeCloseTo(28.125);
		expect(s['action/cleanse/cleanse-data']?.priority).toBeCloseTo(6.25);
		expect(s['action/vision/write-vision']?.priority).toBe(0);
	});

	it('follows a target a person set instead of the content’s default', () => {
		const lower = byKey(
			planFor({ mapped: 1, tested: 1, dupes: 1, shared: 2 }, { migrate: 2 }).plan.actions
		);
		// gap 1 → 1 × 25 × 0.375 = 9.375
		expect(lower['action/migrate/run-migration']?.priority).toBeCloseTo(9.375);
	});

	it('moves an action after the one it depends on, and orders it after it', () => {
		// run-migration is quick (first 90 days) but depends on cleanse-data (medium: months 3–6).
		expect(s['action/migrate/run-migration']).toMatchObject({
			phase: 'months_3_6',
			after: ['action/cleanse/cleanse-data'],
			quickWin: false
		});
		const keys = plan.actions.map((a) => a.key);
		expect(keys.indexOf('action/cleanse/cleanse-data')).toBeLessThan(
			keys.indexOf('action/migrate/run-migration')
		);
	});

	it('takes the content’s owner, deliverable and lifts where given', () => {
		expect(s['action/migrate/run-migration']).toMatchObject({
			owner: 'specialist',
			deliverable: { en: 'Migrated records', fa: 'رکوردهای منتقل‌شده' },
			lifts: [{ statement: 'migrate/tested', to: 3 }]
		});
	});

	it('falls back to the lens’s owner, the action’s text and the tier’s next level', () => {
		expect(s['action/cleanse/cleanse-data']).toMatchObject({
			owner: 'middle_manager',
			deliverable: cleanse.actions.low[0]?.text,
			lifts: [{ statement: 'cleanse/dupes', to: 2 }],
			after: []
		});
		// Strategy is the executives’ to own; a mid tier leads to level 3.
		expect(s['action/vision/write-vision']).toMatchObject({
			owner: 'executive',
			lifts: [{ statement: 'vision/shared', to: 3 }]
		});
	});
});

const rowsOf = (list: Suggestion[]): ActionRow[] =>
	list.map((s, i) => ({
		id: s.key,
		key: s.key,
		element: s.element,
		position: i + 1,
		suggested: s,
		text: null,
		phase: null,
		owner: null,
		ownerRole: null,
		deliverable: null,
		dependsOn: null,
		due: null,
		status: 'planned',
		obsolete: false,
		removed: false,
		version: 1
	}));

describe('projected score of the plan', () => {
	it('by hand: the plan’s lifts, re-scored', () => {
		const { result, plan } = planFor({ mapped: 1, tested: 1, dupes: 1, shared: 2 });
		const p = projectPlan(scoring, result, rowsOf(allSuggestions(plan)));
		// migrate: mapped stays 1, tested → 3: level 2 → 50; cleanse → 2: 50; data lens
		// (50 × 3 + 50) / 4 = 50. vision → 3: 75. Index (50 + 75) / 2 = 62.5.
		expect(p.lenses.map((l) => [l.id, l.current, l.projected])).toEqual([
			['data', 25, 50],
			['strategic-planning', 50, 75]
		]);
		// Target: data (4 × 25 × 3 + 3 × 25) / 4 = 93.75, vision 2 × 25 = 50: index 71.875.
		expect(p.index).toEqual({ current: 37.5, target: 71.875, projected: 62.5 });
	});

	it('leaves out dropped actions', () => {
		const { result, plan } = planFor({ mapped: 1, tested: 1, dupes: 1, shared: 2 });
		const rows = rowsOf(allSuggestions(plan)).map((r) => ({ ...r, status: 'dropped' as const }));
		expect(projectPlan(scoring, result, rows).index.projected).toBe(result.index);
	});

	it('is never below the current score and never above 100, for any plan', () => {
		fc.assert(
			fc.property(arbitraryAssessment, ([model, respondents]) => {
				const result = scoreAssessment(model, respondents);
				const plan = generatePlan({ result, lenses: model.lenses, goals: null });
				const p = projectPlan(model, result, rowsOf(allSuggestions(plan)));
				const pairs = [p.index, ...p.lenses];
				for (const { current, projected } of pairs) {
					if (current === null) continue;
					expect(projected ?? -1).toBeGreaterThanOrEqual(current - 1e-9);
					expect(projected ?? 101).toBeLessThanOrEqual(100);
				}
			})
		);
	});

	it('never phases a generated action before one it depends on, cycles in content included', () => {
		const ids = ['a-low', 'a-mid', 'p-high', 'p-medium', 'p-low'];
		const links = fc.record({
			low: fc.subarray(ids),
			mid: fc.subarray(ids),
			effort: fc.constantFrom('quick' as const, 'medium' as const, 'large' as const)
		});
		fc.assert(
			fc.property(arbitraryAssessment, links, ([model, respondents], link) => {
				const result = scoreAssessment(model, respondents);
				// Every item's low action comes after `low`, its mid action after `mid`: within a
				// lens these may well form cycles, which the generator must break, not loop on.
				const linked = model.lenses.map((l) => ({
					...l,
					items: l.items.map((i) => ({
						...i,
						actions: {
							...i.actions,
							low: i.actions.low.map((a) => ({ ...a, effort: link.effort, after: link.low })),
							mid: i.actions.mid.map((a) => ({ ...a, after: link.mid }))
						}
					}))
				}));
				const plan = generatePlan({ result, lenses: linked, goals: null });
				const phase = new Map(plan.actions.map((a) => [a.key, PHASES.indexOf(a.phase)]));
				for (const a of plan.actions)
					for (const d of a.after ?? [])
						expect(phase.get(a.key) ?? 0).toBeGreaterThanOrEqual(phase.get(d) ?? 0);
			})
		);
	});
});
