import { afterAll, beforeAll, expect, it } from 'vitest';
import { evidenceNotes } from '$lib/register/evidence';
import type { Database } from '$lib/server/db/connect';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { setArchived } from './customers';
import * as entries from './entries';
import { registerEvidence } from './evidence-repository';
import * as service from './service';
import { input, seedOrganisation } from './test-fixtures';

let database: Database;
beforeAll(async () => {
	database = await testDatabase();
});
afterAll(() => database.close());

it(`summarises the register as evidence (${testEngine()})`, async () => {
	const { orgId, userId } = await seedOrganisation(database.db, 'Evidence Co');
	const empty = await registerEvidence(database.db, orgId);
	expect(empty).toMatchObject({
		customers: 0,
		value: { top20Share: null },
		duplicates: { rate: 0 }
	});
	expect(evidenceNotes(empty, 'information')).toEqual([
		{ key: 'register.evidence.notes.empty', params: {}, tone: 'info' }
	]);

	// Ten customers: the two most valuable bring 800 of 1,000.
	const values = [500, 300, 50, 40, 30, 30, 20, 15, 10, 5];
	const ids: string[] = [];
	for (const [i, v] of values.entries()) {
		const r = await service.create(
			database.db,
			orgId,
			input({
				name: `C${i}`,
				annual_value: String(v),
				tier: i < 2 ? 'Gold' : i < 5 ? 'Silver' : '',
				tags: i % 2 ? 'retail' : 'wholesale, retail',
				email: i === 3 || i === 4 ? 'same@example.com' : `c${i}@example.com`,
				phone: i === 7 ? '0912 000 0001' : i === 8 ? '+98 912 000 0001' : '',
				consent: i < 5 ? 'yes' : 'no',
				acquisition_cost: i === 0 ? '100' : i === 1 ? '300' : ''
			}),
			userId
		);
		if (r.ok) ids.push(r.id);
	}
	// An archived customer counts for nothing but `archived`.
	const gone = await service.create(database.db, orgId, input({ annual_value: '99999' }), userId);
	if (gone.ok) await setArchived(database.db, orgId, gone.id, true);
	const [first, second] = ids as [string, string];
	await entries.addSatisfaction(database.db, orgId, first, userId, {
		measured_on: '2026-01-01',
		expectation: 4,
		performance: 2,
		note: null
	});
	await entries.addSatisfaction(database.db, orgId, second, userId, {
		measured_on: '2026-01-01',
		expectation: 3,
		performance: 4,
		note: null
	});
	await entries.addInteraction(database.db, orgId, first, userId, {
		occurred_on: new Date().toISOString().slice(0, 10),
		channel: 'phone',
		summary: 'Call'
	});

	const e = await registerEvidence(database.db, orgId);
	expect(e).toMatchObject({
		customers: 10,
		archived: 1,
		value: {
			recorded: 10,
			total: 1000,
			top20Share: 0.8,
			averageAcquisitionCost: 200
		},
		duplicates: { customers: 4, rate: 0.4 },
		consent: { given: 5, share: 0.5 },
		interactions: { last90Days: 1, customersReached: 1, reachedShare: 0.1 },
		satisfaction: {
			overall: { dissatisfied: 1, satisfied: 0, delighted: 1 },
			measured: 2,
			averageGap: -0.5
		}
	});
	expect(e.value.curve).toHaveLength(21);
	expect(e.value.curve[4]).toEqual({ customers: 0.2, value: 0.8 });
	expect(e.value.curve[20]).toEqual({ customers: 1, value: 1 });
	expect(e.tiers).toEqual([
		{ name: null, customers: 5, value: 80 },
		{ name: 'Silver', customers: 3, value: 120 },
		{ name: 'Gold', customers: 2, value: 800 }
	]);
	expect(e.satisfaction.byTier.find((g) => g.name === 'Gold')?.measured).toEqual({
		dissatisfied: 1,
		satisfied: 0,
		delighted: 1
	});
	expect(e.satisfaction.bySegment.map((g) => [g.name, g.customers])).toEqual([
		['retail', 10],
		['wholesale', 5]
	]);
	expect(e.completeness.fields.find((f) => f.field === 'phone')).toEqual({
		field: 'phone',
		filled: 2,
		share: 0.2
	});
	const notes = evidenceNotes(e, 'customer_identification');
	expect(notes[0]).toEqual({
		key: 'register.evidence.notes.pareto',
		params: { percent: 80 },
		tone: 'info'
	});
	expect(evidenceNotes(e, 'data_management')[1]).toMatchObject({
		tone: 'bad',
		params: { percent: 40 }
	});
});
