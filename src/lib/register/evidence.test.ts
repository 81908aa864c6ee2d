import { describe, expect, it } from 'vitest';
import { evidenceNotes, pareto, paretoCuts, type RegisterEvidence } from './evidence';

describe('Pareto', () => {
	it('needs the running totals around each sample point', () => {
		expect(paretoCuts(10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(paretoCuts(3)).toEqual([1, 2, 3]);
	});

	it('reads the curve between whole customers, so the top 20% may be a fraction of one', () => {
		// Three customers worth 60, 30 and 10.
		const running = new Map([
			[1, 60],
			[2, 90],
			[3, 100]
		]);
		const p = pareto(3, 100, running, 3);
		expect(p.curve).toEqual([
			{ customers: 0, value: 0 },
			{ customers: 1 / 3, value: 0.6 },
			{ customers: 2 / 3, value: 0.9 },
			{ customers: 1, value: 1 }
		]);
		// 20% of three customers is 0.6 of the first: 36 of 100.
		expect(p.top20Share).toBeCloseTo(0.36);
		expect(pareto(0, 0, new Map()).top20Share).toBeNull();
	});
});

const base: RegisterEvidence = {
	customers: 100,
	archived: 0,
	value: {
		recorded: 90,
		total: 1,
		top20Share: 0.75,
		curve: [],
		averageAcquisitionCost: null
	},
	tiers: [
		{ name: 'A', customers: 60, value: 1 },
		{ name: null, customers: 40, value: 0 }
	],
	satisfaction: {
		overall: { dissatisfied: 0, satisfied: 10, delighted: 0 },
		measured: 10,
		averageGap: 0,
		byTier: [],
		bySegment: []
	},
	completeness: {
		fields: [
			{ field: 'email', filled: 90, share: 0.9 },
			{ field: 'phone', filled: 30, share: 0.3 },
			{ field: 'city', filled: 60, share: 0.6 },
			{ field: 'tier', filled: 60, share: 0.6 }
		],
		overall: 0.6
	},
	duplicates: { customers: 3, rate: 0.03 },
	consent: { given: 85, share: 0.85 },
	interactions: { last90Days: 70, customersReached: 55, reachedShare: 0.55 }
};

it('grades each target’s observations by their thresholds', () => {
	const tones = (t: Parameters<typeof evidenceNotes>[1]) =>
		evidenceNotes(base, t).map((n) => [n.key.split('.').at(-1), n.tone]);
	expect(tones('information')).toEqual([
		['completeness', 'warn'],
		['duplicates', 'warn'],
		['reached', 'good'],
		['satisfaction_measured', 'bad']
	]);
	expect(tones('customer_identification')).toEqual([
		['pareto', 'info'],
		['value_recorded', 'good'],
		['tiers', 'warn']
	]);
	expect(tones('data_management')).toEqual([
		['completeness', 'warn'],
		['duplicates', 'warn'],
		['consent', 'good']
	]);
	expect(evidenceNotes(base, 'information')[0]?.fields).toEqual(['phone', 'city', 'tier']);
});
