// Dependencies between actions: no action is phased before one it depends on, cycles are found
// and refused. Properties over arbitrary graphs, and small cases by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	checkDependencies,
	dependencyOrder,
	findCycle,
	rowPhases,
	schedule,
	type DependencyRow,
	type Node
} from './dependencies';
import { PHASES, type Phase } from './types';

const rank = (p: Phase) => PHASES.indexOf(p);
const phase = fc.constantFrom(...PHASES);

/** 1–12 actions; each depends only on earlier ones (a DAG), then listed in a shuffled order. */
const arbitraryDag = fc
	.array(fc.tuple(phase, fc.array(fc.nat(), { maxLength: 3 })), { minLength: 1, maxLength: 12 })
	.map((list) =>
		list.map(([p, deps], i): Node => ({
			id: `a${i}`,
			phase: p,
			after: i === 0 ? [] : deps.map((d) => `a${d % i}`)
		}))
	)
	.chain((nodes) => fc.shuffledSubarray(nodes, { minLength: nodes.length }));

/** Any directed graph over 1–8 actions, self-loops included. */
const arbitraryGraph = fc.integer({ min: 1, max: 8 }).chain((n) =>
	fc
		.array(
			fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 3 }).map((deps) => deps),
			{ minLength: n, maxLength: n }
		)
		.map((lists) => lists.map((deps, i) => ({ id: `a${i}`, after: deps.map((d) => `a${d}`) })))
);

describe('schedule: properties', () => {
	it('never phases an action before one it depends on, and never earlier than it was set', () => {
		fc.assert(
			fc.property(arbitraryDag, (nodes) => {
				const phases = schedule(nodes);
				for (const n of nodes) {
					const mine = phases.get(n.id) as Phase;
					expect(rank(mine)).toBeGreaterThanOrEqual(rank(n.phase));
					for (const d of n.after)
						expect(rank(mine)).toBeGreaterThanOrEqual(rank(phases.get(d) as Phase));
				}
			})
		);
	});

	it('orders every action after what it depends on', () => {
		fc.assert(
			fc.property(arbitraryDag, (nodes) => {
				const order = dependencyOrder(
					nodes,
					(n) => n.id,
					(n) => n.after
				).map((n) => n.id);
				expect(new Set(order).size).toBe(nodes.length);
				for (const n of nodes)
					for (const d of n.after) expect(order.indexOf(d)).toBeLessThan(order.indexOf(n.id));
			})
		);
	});

	it('finds no cycle in a DAG', () => {
		fc.assert(
			fc.property(arbitraryDag, (nodes) => {
				expect(findCycle(nodes)).toBeNull();
			})
		);
	});

	it('finds a cycle exactly when there is one, and the one it names is real', () => {
		fc.assert(
			fc.property(arbitraryGraph, (nodes) => {
				const cycle = findCycle(nodes);
				const edges = new Map(nodes.map((n) => [n.id, n.after]));
				if (cycle) {
					expect(cycle[0]).toBe(cycle.at(-1));
					for (let i = 0; i + 1 < cycle.length; i++)
						expect(edges.get(cycle[i] as string)).toContain(cycle[i + 1]);
					expect(() => schedule(nodes.map((n) => ({ ...n, phase: 'first_90_days' })))).toThrow(
						RangeError
					);
				} else {
					// No cycle: a full topological order exists.
					const order = dependencyOrder(
						nodes,
						(n) => n.id,
						(n) => n.after
					).map((n) => n.id);
					for (const n of nodes)
						for (const d of n.after) expect(order.indexOf(d)).toBeLessThan(order.indexOf(n.id));
				}
			})
		);
	});
});

describe('schedule: by hand', () => {
	it('moves a migration after the data cleansing it depends on', () => {
		const phases = schedule([
			{ id: 'migrate', phase: 'first_90_days', after: ['cleanse'] },
			{ id: 'cleanse', phase: 'months_3_6', after: [] },
			{ id: 'train', phase: 'first_90_days', after: ['migrate'] }
		]);
		expect(Object.fromEntries(phases)).toEqual({
			migrate: 'months_3_6',
			cleanse: 'months_3_6',
			train: 'months_3_6'
		});
	});
});

const row = (id: string, p: Phase, dependsOn: string[] | null = null): DependencyRow => ({
	id,
	key: `action/x/${id}`,
	phase: p,
	dependsOn,
	suggested: { phase: p, after: [] }
});

describe('checkDependencies', () => {
	const rows = [
		row('cleanse', 'first_90_days'),
		row('migrate', 'months_3_6', ['cleanse']),
		row('train', 'months_6_12', ['migrate'])
	];

	it('accepts an edit that keeps every action after what it depends on', () => {
		expect(checkDependencies(rows, 'train', 'months_6_12', ['migrate', 'cleanse'])).toBeNull();
	});

	it('refuses a cycle, naming it', () => {
		expect(checkDependencies(rows, 'cleanse', 'first_90_days', ['train'])).toEqual({
			kind: 'cycle',
			path: ['cleanse', 'train', 'migrate', 'cleanse']
		});
		expect(checkDependencies(rows, 'cleanse', 'first_90_days', ['cleanse'])).toMatchObject({
			kind: 'cycle'
		});
	});

	it('refuses a phase before a dependency, or after an action that depends on it', () => {
		expect(checkDependencies(rows, 'migrate', 'months_3_6', [])).toBeNull();
		expect(checkDependencies(rows, 'train', 'first_90_days', ['migrate'])).toEqual({
			kind: 'phase',
			before: 'train',
			after: 'migrate'
		});
		expect(checkDependencies(rows, 'cleanse', 'months_6_12', [])).toEqual({
			kind: 'phase',
			before: 'migrate',
			after: 'cleanse'
		});
	});

	it('refuses a dependency on an action that is not in the plan', () => {
		expect(checkDependencies(rows, 'train', 'months_6_12', ['elsewhere'])).toEqual({
			kind: 'unknown'
		});
	});

	it('shows a recommendation after what it depends on, by key, when nobody set anything', () => {
		const phases = rowPhases([
			{ ...row('cleanse', 'months_3_6'), suggested: { phase: 'months_3_6' } },
			{
				...row('migrate', 'first_90_days'),
				phase: null,
				suggested: { phase: 'first_90_days', after: ['action/x/cleanse'] }
			}
		]);
		expect(phases.get('migrate')).toBe('months_3_6');
	});
});
