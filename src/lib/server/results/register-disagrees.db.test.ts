// "The register disagrees" end to end (issue 15 §7): an organisation whose register holds 60
// customers, 6 of them duplicates (10%), answers data quality at level 4 and the results flag
// it; an organisation with too few customers is never flagged, however bad its register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveResponses } from '$lib/server/assessments/service';
import { ownAssessment } from '$lib/server/assessments/test-fixtures';
import type { Database } from '$lib/server/db/connect';
import * as register from '$lib/server/register/service';
import { input, seedOrganisation } from '$lib/server/register/test-fixtures';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { view } from './service';

let database: Database;
beforeAll(async () => {
	database = await testDatabase();
});
afterAll(() => database.close());

/** `customers` customers with an email and a phone each; the first `duplicates` share emails in pairs. */
async function organisation(name: string, customers: number, duplicates: number) {
	const { orgId, userId } = await seedOrganisation(database.db, name);
	for (let i = 0; i < customers; i++) {
		const email = i < duplicates ? `pair${Math.floor(i / 2)}@example.com` : `c${i}@example.com`;
		const phone = `0912 ${String(1000000 + i)}`;
		const saved = await register.create(database.db, orgId, input({ email, phone }), userId);
		if (!saved.ok) throw new Error('customer not saved');
	}
	return { orgId, userId };
}

/** A self-assessment of the current content where the owner answers data quality at `level`. */
async function answered(orgId: string, userId: string, level: 0 | 1 | 2 | 3 | 4) {
	const { assessment, respondentId } = await ownAssessment(database.db, { orgId, userId });
	await saveResponses(database.db, assessment, respondentId, {
		answers: [
			{ item: 'information', statement: 'data-quality', answer: level, seq: 1 },
			{ item: 'information', statement: 'data-inventory', answer: level, seq: 2 }
		],
		comments: []
	});
	return assessment;
}

describe(`the register disagrees (${testEngine()})`, () => {
	it('flags a data-quality answer of level 4 when 10% of the customers are duplicates', async () => {
		const { orgId, userId } = await organisation('Duplicates Co', 60, 6);
		const assessment = await answered(orgId, userId, 4);
		const en = await view(database.db, assessment, 'en');
		expect(en.registerDisagrees).toEqual({
			customers: 60,
			minimum: 50,
			flags: [
				{
					itemId: 'information',
					statementId: 'data-quality',
					item: 'Information',
					statement: expect.stringContaining('one record per customer'),
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
			]
		});
		// The flag changes no score: the Information item stays at level 4.
		const information = en.lenses.flatMap((l) => l.items).find((i) => i.id === 'information');
		expect(information?.level).toBe(4);
		// In Persian, the same flag on the statement's Persian text.
		const fa = await view(database.db, assessment, 'fa');
		expect(fa.registerDisagrees?.flags[0]?.statement).toContain('سوابق مشتریان');
		// Level 2 is not contradicted by the same register.
		const modest = await answered(orgId, userId, 2);
		expect((await view(database.db, modest, 'en')).registerDisagrees?.flags).toEqual([]);
	});

	it('flags nothing when the register holds too few customers', async () => {
		const { orgId, userId } = await organisation('Small Co', 20, 20);
		const assessment = await answered(orgId, userId, 4);
		expect((await view(database.db, assessment, 'en')).registerDisagrees).toEqual({
			customers: 20,
			minimum: 50,
			flags: []
		});
	});
});
