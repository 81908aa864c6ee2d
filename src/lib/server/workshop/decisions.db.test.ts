// Decisions beside the answers, on both engines: workshop consensus (the version check between
// two facilitators, the median, refusals), idempotent "not applicable" saves, and targets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchSchema, itemTargetsSchema, lensTargetSchema } from '$lib/server/assessments/schema';
import { consensusOf, notApplicableOf, targetsOf } from '$lib/server/assessments/decisions';
import { findInOrganisation, setStatus } from '$lib/server/assessments/repository';
import { setItemTargets, setLensTarget } from '$lib/server/assessments/targets';
import type { Database } from '$lib/server/db/connect';
import { MemoryBus } from '$lib/server/events/memory';
import * as results from '$lib/server/results/service';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { Announcer } from './announce';
import { recordConsensus } from './consensus';
import { readLive } from './live-data';
import { consensusSchema } from './schema';
import { saveAsParticipant } from './service';
import { joinAs, workshopFixture } from './test-support';

let database: Database;
const announcer = new Announcer(new MemoryBus());

beforeAll(async () => {
	database = await testDatabase();
});
afterAll(() => database.close());

async function facilitator(name: string) {
	return database.db
		.insertInto('users')
		.values({
			email: `${name}-${Date.now()}-${Math.random()}@example.com`,
			name,
			password_hash: 'x'
		})
		.returning(['id', 'name'])
		.executeTakeFirstOrThrow();
}

async function assessmentOf(orgId: string, id: string) {
	const row = await findInOrganisation(database.db, orgId, id);
	if (!row) throw new Error('fixture: no assessment');
	return row;
}

const targets = (item: string[], level: string[]) => itemTargetsSchema.safeParse({ item, level });
const lensTarget = (lens: string, level: string) => lensTargetSchema.safeParse({ lens, level });

describe(`workshop consensus (${testEngine()})`, () => {
	it('never lets two facilitators silently overwrite each other', async () => {
		const w = await workshopFixture(database.db);
		const a = await assessmentOf(w.orgId, w.id);
		const [ana, babak] = [await facilitator('Ana'), await facilitator('Babak')];
		const statement = w.firstItem.statements[0]?.id ?? '';
		const input = (level: string, version: number, rationale: string) =>
			consensusSchema.parse({ item: w.firstItem.id, statement, level, rationale, version });

		// Both screens showed "nothing recorded" (version 0).
		expect(
			await recordConsensus(database.db, announcer, a, ana, input('2', 0, 'Pilot only'))
		).toEqual({ ok: true, level: 2 });
		expect(
			await recordConsensus(database.db, announcer, a, babak, input('4', 0, 'Everywhere'))
		).toEqual({ ok: false, error: 'workshop.consensus.errors.conflict' });
		let [row] = await consensusOf(database.db, w.id);
		expect(row).toMatchObject({ level: 2, rationale: 'Pilot only', recordedBy: 'Ana', version: 1 });

		// Babak's screen now shows version 1: his edit goes through; Ana's stale one does not.
		expect(
			await recordConsensus(database.db, announcer, a, babak, input('3', 1, 'Two units'))
		).toEqual({ ok: true, level: 3 });
		expect(await recordConsensus(database.db, announcer, a, ana, input('1', 1, 'Stale'))).toEqual({
			ok: false,
			error: 'workshop.consensus.errors.conflict'
		});
		[row] = await consensusOf(database.db, w.id);
		expect(row).toMatchObject({
			level: 3,
			rationale: 'Two units',
			recordedBy: 'Babak',
			version: 2
		});
	});

	it('takes the median with one key, shows it to participants, and refuses a closed session', async () => {
		const w = await workshopFixture(database.db);
		const a = await assessmentOf(w.orgId, w.id);
		const ana = await facilitator('Ana');
		const statement = w.firstItem.statements[0]?.id ?? '';
		for (const [role, level] of [
			['executive', 4],
			['specialist', 1],
			['middle_manager', 2]
		] as const) {
			const p = await joinAs(database.db, w.code, role);
			await saveAsParticipant(database.db, announcer, p.visit, {
				answers: [{ item: w.firstItem.id, statement, answer: level, seq: 1 }],
				comments: []
			});
		}
		const median = consensusSchema.parse({
			item: w.firstItem.id,
			statement,
			level: 'median',
			rationale: 'The middle of the room',
			version: '0'
		});
		expect(await recordConsensus(database.db, announcer, a, ana, median)).toEqual({
			ok: true,
			level: 2
		});
		const live = await readLive(database.db, w.id, true);
		expect(live?.state.agreed).toEqual([
			expect.objectContaining({
				key: `${w.firstItem.id}/${statement}`,
				level: 2,
				rationale: 'The middle of the room'
			})
		]);
		expect(live?.snapshot?.discussion[0]).toMatchObject({ agreed: 2 });

		await setStatus(database.db, w.orgId, w.id, 'closed');
		const closed = await assessmentOf(w.orgId, w.id);
		const again = consensusSchema.parse({ ...median, level: '4', version: '1' });
		expect(await recordConsensus(database.db, announcer, closed, ana, again)).toEqual({
			ok: false,
			error: 'workshop.consensus.errors.closed'
		});
		expect((await consensusOf(database.db, w.id))[0]).toMatchObject({ level: 2, version: 1 });
	});

	it('refuses a statement the workshop does not have and a level outside 0–4', async () => {
		const w = await workshopFixture(database.db);
		const a = await assessmentOf(w.orgId, w.id);
		const ana = await facilitator('Ana');
		const unknown = consensusSchema.parse({
			item: w.firstItem.id,
			statement: 'no-such-statement',
			level: '2',
			version: '0'
		});
		expect(await recordConsensus(database.db, announcer, a, ana, unknown)).toEqual({
			ok: false,
			error: 'workshop.consensus.errors.unknown'
		});
		const bad = consensusSchema.safeParse({
			item: w.firstItem.id,
			statement: 's',
			level: '7',
			version: '0'
		});
		expect(bad.success).toBe(false);
		expect(bad.error?.issues[0]?.message).toBe('workshop.consensus.errors.level');
		expect(await consensusOf(database.db, w.id)).toEqual([]);
	});
});

describe(`not applicable (${testEngine()})`, () => {
	it('saves idempotently with its reason, counted apart from "don\'t know"', async () => {
		const w = await workshopFixture(database.db);
		const p = await joinAs(database.db, w.code, 'executive');
		const [s1, s2] = w.firstItem.statements;
		const batch = batchSchema.parse({
			answers: [
				{
					item: w.firstItem.id,
					statement: s1?.id,
					answer: 'not-applicable',
					reason: 'out-of-scope',
					note: 'Phase two',
					seq: 5
				},
				{ item: w.firstItem.id, statement: s2?.id, answer: 'dont-know', seq: 6 }
			]
		});
		await saveAsParticipant(database.db, announcer, p.visit, batch);
		await saveAsParticipant(database.db, announcer, p.visit, batch);
		const rows = await database.db
			.selectFrom('answers')
			.select(['statement_id', 'level', 'na_reason', 'na_note'])
			.where('respondent_id', '=', p.visit.respondentId ?? '')
			.orderBy('statement_id')
			.execute();
		expect(rows).toHaveLength(2);
		expect(rows.find((r) => r.statement_id === s1?.id)).toMatchObject({
			level: null,
			na_reason: 'out-of-scope',
			na_note: 'Phase two'
		});
		expect(await notApplicableOf(database.db, w.id)).toEqual([
			{
				item: w.firstItem.id,
				statement: s1?.id,
				reason: 'out-of-scope',
				note: 'Phase two',
				role: 'executive'
			}
		]);
		const scored = await results.score(database.db, { id: w.id, anonymous: false });
		expect(scored.result).toMatchObject({ notApplicable: 1, dontKnow: 1, known: 0 });

		// A late retry of an older answer does not undo the reason's removal.
		await saveAsParticipant(database.db, announcer, p.visit, {
			answers: [{ item: w.firstItem.id, statement: s1?.id ?? '', answer: 3, seq: 9 }],
			comments: []
		});
		await saveAsParticipant(database.db, announcer, p.visit, batch);
		expect(await notApplicableOf(database.db, w.id)).toEqual([]);
	});

	it('refuses a reason that is not on the list, with its own message', () => {
		const parsed = batchSchema.safeParse({
			answers: [{ item: 'a', statement: 'b', answer: 'not-applicable', reason: 'bored', seq: 1 }]
		});
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues.map((i) => i.message)).toContain('respond.errors.na_reason');
		const missing = batchSchema.safeParse({
			answers: [{ item: 'a', statement: 'b', answer: 'not-applicable', seq: 1 }]
		});
		expect(missing.error?.issues[0]?.message).toBe('respond.errors.na_reason');
	});
});

describe(`targets (${testEngine()})`, () => {
	it('sets targets per item and per lens; a target of 7 changes nothing', async () => {
		const w = await workshopFixture(database.db);
		const a = await assessmentOf(w.orgId, w.id);
		const ana = await facilitator('Ana');
		const lens = w.content.lenses[0];
		if (!lens) throw new Error('fixture: no lens');
		const whole = lensTarget(lens.id, '4');
		if (!whole.success) throw new Error('lens form refused');
		expect(await setLensTarget(database.db, a, ana.id, whole.data)).toEqual({
			ok: true,
			changed: lens.items.length
		});
		const item = w.firstItem.id;
		const one = targets([item], ['2']);
		if (!one.success) throw new Error('targets form refused');
		expect(await setItemTargets(database.db, a, ana.id, one.data)).toEqual({
			ok: true,
			changed: 1
		});
		const before = await targetsOf(database.db, w.id);
		expect(before[item]).toBe(2);
		expect(Object.keys(before)).toHaveLength(lens.items.length);

		// A 7 anywhere in the form refuses the whole form, with its own message.
		const other = lens.items[1]?.id ?? '';
		const seven = targets([other, item], ['1', '7']);
		expect(seven.error?.issues[0]?.message).toBe('results.targets.errors.level');
		expect(lensTarget(lens.id, '7').error?.issues[0]?.message).toBe('results.targets.errors.level');
		const unknown = targets(['no-such-item'], ['2']);
		if (!unknown.success) throw new Error('well-formed form refused');
		expect(await setItemTargets(database.db, a, ana.id, unknown.data)).toEqual({
			ok: false,
			error: 'results.targets.errors.unknown_item'
		});
		expect(await targetsOf(database.db, w.id)).toEqual(before);

		// The results score against them: every item of the lens at 4 but the one at 2.
		const scored = await results.score(database.db, { id: w.id, anonymous: false });
		const scoredLens = scored.result.lenses.find((l) => l.id === lens.id);
		expect(scoredLens?.items.map((i) => i.target)).toEqual(
			lens.items.map((i) => (i.id === item ? 2 : 4))
		);
	});
});
