import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Level } from '$lib/questionnaires/schema';
import type { Database } from '$lib/server/db/connect';
import { freeze } from '$lib/server/milestones/service';
import { answerAll, assessment, client, join, user } from '$lib/server/milestones/test-factories';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { benchmark } from './service';

let database: Database;
let consultant: string;
let stranger: string;
let here: string;

beforeAll(async () => {
	database = await testDatabase();
	consultant = await user(database.db, 'consultant');
	stranger = await user(database.db, 'stranger');
	here = await client(database.db, consultant, 'This client');
});
afterAll(() => database.close());

/** A client owned by `owner` whose latest milestone has every statement at `levels` in turn. */
async function clientWithMilestones(owner: string, name: string, ...levels: Level[]) {
	const org = await client(database.db, owner, name);
	for (const level of levels) {
		const a = await assessment(database.db, org, owner);
		await answerAll(database.db, a.id, level);
		await freeze(database.db, { organisationId: org, assessment: a, label: name, userId: owner });
	}
	return org;
}

const own = { index: 60, lenses: { 'building-blocks': 60, 'strategic-planning': 40 } };
const ask = () => benchmark(database.db, { userId: consultant, organisationId: here, own });

describe(`portfolio benchmark (${testEngine()})`, () => {
	const names: string[] = [];
	const ids: string[] = [];
	const add = async (name: string, ...levels: Level[]) => {
		names.push(name);
		ids.push(await clientWithMilestones(consultant, name, ...levels));
	};

	it('stays hidden below three other clients, and says how many there are', async () => {
		// The consultant's own client's milestones never count as "others".
		const mine = await assessment(database.db, here, consultant);
		await answerAll(database.db, mine.id, 4);
		await freeze(database.db, {
			organisationId: here,
			assessment: mine,
			label: 'Own',
			userId: consultant
		});
		await add('Alborz Foods', 1);
		await add('Caspian Steel', 2);
		expect(await ask()).toEqual({ shown: false, others: 2, needed: 3 });
	});

	it('counts only clients where the user is consultant or owner, each by its latest milestone', async () => {
		// Viewer only: not the consultant's client.
		const viewed = await clientWithMilestones(stranger, 'Viewed Co', 0);
		await join(database.db, viewed, consultant, 'viewer');
		// Not a member at all.
		await clientWithMilestones(stranger, 'Unrelated Co', 0);
		// A client the consultant was invited to as consultant: counts, with its newest milestone
		// (0 first, then 4) — so its index is 100, not 0.
		const invited = await clientWithMilestones(stranger, 'Zagros Retail', 0, 4);
		await join(database.db, invited, consultant, 'consultant');
		names.push('Zagros Retail', 'Viewed Co', 'Unrelated Co');
		ids.push(invited);

		// Others' indexes: 25, 50, 100 → Q1 = 37.5, median 50, Q3 = 75 (type 7, h = 2p).
		const result = await ask();
		expect(result).toEqual({
			shown: true,
			others: 3,
			rows: [
				{
					key: 'index',
					own: 60,
					others: { n: 3, q1: 37.5, median: 50, q3: 75 }
				},
				{
					key: 'building-blocks',
					own: 60,
					others: { n: 3, q1: 37.5, median: 50, q3: 75 }
				},
				// No other client assessed this lens: too few values to show.
				{ key: 'strategic-planning', own: 40, others: null }
			]
		});
	});

	it('reveals nothing about other clients beyond the aggregate', async () => {
		await add('Damavand Bank', 3);
		const text = JSON.stringify(await ask());
		expect(text).toContain('"others":4');
		for (const secret of [...names, ...ids]) expect(text).not.toContain(secret);
		expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
	});

	it('is computed for the asking user only', async () => {
		const result = await benchmark(database.db, { userId: stranger, organisationId: here, own });
		// The stranger owns three clients with milestones (Viewed, Unrelated, Zagros).
		expect(result).toMatchObject({ shown: true, others: 3 });
		if (!result.shown) throw new Error('expected the benchmark to be shown');
		// Their latest milestones: 0, 0 and 100.
		expect(result.rows[0]?.others).toMatchObject({ median: 0, q3: 50 });
	});
});
