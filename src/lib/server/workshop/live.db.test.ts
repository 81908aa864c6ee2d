import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '$lib/server/db/connect';
import { createBus } from '$lib/server/events';
import type { EventBus } from '$lib/server/events';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import type { LiveSnapshot, ParticipantView } from '$lib/workshop/snapshot';
import { Announcer } from './announce';
import { LiveHub } from './live';
import { setRevealed } from './repository';
import { saveAsParticipant } from './service';
import { joinAs, workshopFixture } from './test-support';

let one: Database;
/** A second app instance: on PostgreSQL its own pool and bus; the embedded engine has one. */
let two: Database;
let busOne: EventBus;
let busTwo: EventBus;

beforeAll(async () => {
	one = await testDatabase();
	two =
		one.engine === 'postgres'
			? await openDatabase({ url: one.pool.options.connectionString, max: 2 })
			: one;
	busOne = createBus(one);
	busTwo = two === one ? busOne : createBus(two);
});
afterAll(async () => {
	await busOne.close();
	if (two !== one) {
		await busTwo.close();
		await two.close();
	}
	await one.close();
});

/** Resolves with the first value `accept` takes. */
function waitFor<T>(accept: (value: T) => boolean) {
	let resolve: (value: T) => void = () => undefined;
	const done = new Promise<T>((r) => (resolve = r));
	return { done, listener: (value: T) => void (accept(value) && resolve(value)) };
}

describe(`live workshop views (${testEngine()})`, () => {
	it(`updates a facilitator's screen on ${testEngine() === 'postgres' ? 'another instance' : 'the same process'} after a save`, async () => {
		const w = await workshopFixture(one.db);
		const hub = new LiveHub({ db: two.db, bus: busTwo, interval: 50 });
		const initial = waitFor<LiveSnapshot>(() => true);
		const stop = await hub.watch(w.id, initial.listener);
		expect((await initial.done).answering).toBe(0);
		stop();

		const p = await joinAs(one.db, w.code, 'executive');
		const statement = w.firstItem.statements[0]?.id ?? '';
		const answered = waitFor<LiveSnapshot>((s) => s.answering === 1);
		const stopAgain = await hub.watch(w.id, answered.listener);
		const saved = Date.now();
		await saveAsParticipant(one.db, new Announcer(busOne), p.visit, {
			answers: [{ item: w.firstItem.id, statement, answer: 3, seq: 1 }],
			comments: []
		});
		const snapshot = await answered.done;
		expect(snapshot.asOf).toBeGreaterThanOrEqual(saved);
		expect(
			snapshot.statements.find((s) => s.key === `${w.firstItem.id}/${statement}`)
		).toMatchObject({ answered: 1, distribution: [0, 0, 0, 1, 0] });
		stopAgain();
		expect(hub.size).toBe(0);
	});

	it('tells participants when results are revealed, with the group summary only', async () => {
		const w = await workshopFixture(one.db);
		const hub = new LiveHub({ db: two.db, bus: busTwo, interval: 50 });
		const hidden = waitFor<ParticipantView>(() => true);
		const revealed = waitFor<ParticipantView>((v) => v.state.revealed);
		const offHidden = await hub.follow(w.id, hidden.listener);
		const off = await hub.follow(w.id, revealed.listener);
		expect(await hidden.done).toMatchObject({ summary: null, state: { revealed: false } });
		offHidden();
		await setRevealed(one.db, w.orgId, w.id, true);
		new Announcer(busOne).state(w.id);
		const view = await revealed.done;
		expect(Object.keys(view.summary ?? {}).sort()).toEqual([
			'band',
			'index',
			'lenses',
			'respondents'
		]);
		off();
	});
});
