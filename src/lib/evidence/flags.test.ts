import { describe, expect, it } from 'vitest';
import type { EvidenceRequirement, ScoredQuestionnaire } from '$lib/questionnaires/schema';
import type { RegisterEvidence } from '$lib/register/evidence';
import {
	breaches,
	evidenceFlags,
	liveFlags,
	MIN_CUSTOMERS,
	registerFigures,
	requirementsOf
} from './flags';

// The register's figures of an organisation with `customers` active customers: `duplicates` of
// them share an email or phone, every field two-thirds filled, email and phone 90% filled.
function registerOf(customers: number, duplicates: number): RegisterEvidence {
	const fields = ['email', 'phone', 'city'].map((field) => ({
		field,
		filled: 0,
		share: field === 'city' ? 0.2 : 0.9
	}));
	return {
		customers,
		archived: 0,
		value: { recorded: 40, total: 1000, top20Share: 0.7, curve: [], averageAcquisitionCost: null },
		tiers: [],
		satisfaction: {
			overall: { dissatisfied: 0, satisfied: 0, delighted: 0, unknown: 0 } as never,
			measured: 10,
			averageGap: null,
			byTier: [],
			bySegment: []
		},
		completeness: { fields, overall: 2 / 3 } as RegisterEvidence['completeness'],
		duplicates: { customers: duplicates, rate: customers ? duplicates / customers : 0 },
		consent: { given: 0, share: 0 },
		interactions: { last90Days: 0, customersReached: 0, reachedShare: 0.3 }
	};
}

const DATA_QUALITY: EvidenceRequirement[] = [
	{ figure: 'duplicate_rate', from: 3, atMost: 0.02 },
	{ figure: 'contact_completeness', from: 3, atLeast: 0.8 }
];

const level = (text: string) => ({ en: text, fa: `سطح ${text}` });
const lens = {
	id: 'building-blocks',
	version: 2,
	kind: 'scored',
	title: level('Blocks'),
	description: level('Blocks'),
	items: [
		{
			id: 'information',
			title: level('Information'),
			guidance: level('Guidance'),
			weight: 1,
			critical: false,
			statements: [
				{ id: 'data-inventory', text: level('Inventory'), levels: [], weight: 1 },
				{
					id: 'data-quality',
					text: level('Quality'),
					levels: [],
					weight: 1,
					evidence: DATA_QUALITY
				}
			],
			actions: { low: [], mid: [], high: [] },
			links: { risks: [], blocks: [], goals: [] }
		}
	]
} as unknown as ScoredQuestionnaire;

describe('registerFigures', () => {
	it('reads each figure from the register summary, over the customers it counts', () => {
		const f = registerFigures(registerOf(60, 6));
		expect(f.duplicate_rate).toEqual({ value: 0.1, base: 60 });
		expect(f.contact_completeness?.value).toBeCloseTo(0.9);
		expect(f.completeness?.value).toBeCloseTo(2 / 3);
		expect(f.satisfaction_measured?.value).toBeCloseTo(10 / 60);
		expect(f.reached_90_days).toEqual({ value: 0.3, base: 60 });
		expect(f.value_recorded?.value).toBeCloseTo(40 / 60);
		// The Pareto concentration counts only the 40 customers with a value.
		expect(f.top20_share).toEqual({ value: 0.7, base: 40 });
	});

	it('has no Pareto figure without recorded values', () => {
		const e = registerOf(60, 0);
		e.value.top20Share = null;
		expect(registerFigures(e).top20_share).toBeUndefined();
	});
});

describe('the register disagrees', () => {
	it('flags a data-quality answer of level 4 when 10% of customers are duplicates', () => {
		const flags = evidenceFlags([lens], () => 4, registerFigures(registerOf(60, 6)));
		expect(flags).toEqual([
			{
				item: 'information',
				statement: 'data-quality',
				level: 4,
				breaches: [
					{
						figure: 'duplicate_rate',
						value: 0.1,
						base: 60,
						from: 3,
						direction: 'atMost',
						bound: 0.02
					}
				]
			}
		]);
	});

	it('flags nothing when the register holds too few customers, however bad its figures', () => {
		const figures = registerFigures(registerOf(MIN_CUSTOMERS - 1, 20));
		expect(evidenceFlags([lens], () => 4, figures)).toEqual([]);
		// From MIN_CUSTOMERS on it does.
		expect(
			evidenceFlags([lens], () => 4, registerFigures(registerOf(MIN_CUSTOMERS, 20)))
		).toHaveLength(1);
	});

	it('flags nothing below the level the requirement starts from, nor without a level', () => {
		const figures = registerFigures(registerOf(60, 6));
		expect(breaches(DATA_QUALITY, 2.9, figures)).toEqual([]);
		expect(breaches(DATA_QUALITY, null, figures)).toEqual([]);
		expect(breaches(DATA_QUALITY, 3, figures)).toHaveLength(1);
	});

	it('keeps to the bound itself: exactly 2% duplicates does not contradict level 3', () => {
		expect(breaches(DATA_QUALITY, 3, registerFigures(registerOf(100, 2)))).toEqual([]);
		expect(breaches(DATA_QUALITY, 3, registerFigures(registerOf(100, 3)))).toHaveLength(1);
	});

	it('names each figure once, with the requirement of the highest level the claim reaches', () => {
		const reached: EvidenceRequirement[] = [
			{ figure: 'reached_90_days', from: 3, atLeast: 0.2 },
			{ figure: 'reached_90_days', from: 4, atLeast: 0.5 }
		];
		const figures = registerFigures(registerOf(60, 0)); // 30% reached
		expect(breaches(reached, 3, figures)).toEqual([]);
		expect(breaches(reached, 4, figures)).toEqual([
			{ figure: 'reached_90_days', value: 0.3, base: 60, from: 4, direction: 'atLeast', bound: 0.5 }
		]);
		figures.reached_90_days = { value: 0.1, base: 60 };
		expect(breaches(reached, 4, figures).map((b) => b.from)).toEqual([4]);
	});

	it('judges the Pareto concentration only over enough customers with a value', () => {
		const concentration: EvidenceRequirement[] = [{ figure: 'top20_share', from: 2, atMost: 0.5 }];
		const e = registerOf(200, 0);
		expect(breaches(concentration, 3, registerFigures(e))).toEqual([]); // 40 valued
		e.value.recorded = 50;
		expect(breaches(concentration, 3, registerFigures(e))).toHaveLength(1);
	});

	it('lists the declared requirements by statement key', () => {
		expect(requirementsOf([lens])).toEqual({ 'information/data-quality': DATA_QUALITY });
	});

	it('in the live discussion list, checks the agreed level where recorded, else the mean', () => {
		const register = {
			requirements: requirementsOf([lens]),
			figures: registerFigures(registerOf(60, 6))
		};
		const means: Record<string, number | null> = {
			'information/data-quality': 3.4,
			'information/data-inventory': 4
		};
		const entries = [
			{ key: 'information/data-inventory', agreed: null },
			{ key: 'information/data-quality', agreed: null }
		];
		const mean = (key: string) => means[key] ?? null;
		expect([...liveFlags(entries, mean, register)]).toEqual([
			[
				'information/data-quality',
				{ level: 3.4, breaches: [expect.objectContaining({ value: 0.1 })] }
			]
		]);
		// The room agrees on level 2: no longer contradicted. Withheld means flag nothing.
		expect(liveFlags([{ key: 'information/data-quality', agreed: 2 }], mean, register).size).toBe(
			0
		);
		expect(liveFlags(entries, () => null, register).size).toBe(0);
	});
});
