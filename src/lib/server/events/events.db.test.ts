import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '$lib/server/db/connect';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { decodeEvent, type EventBus, type LiveEvent } from './bus';
import { createBus } from './index';

const A = '0a0a0a0a-0000-4000-8000-000000000001';
const B = '0b0b0b0b-0000-4000-8000-000000000002';

let database: Database;
const cleanup: (() => Promise<void>)[] = [];

beforeAll(async () => {
	database = await testDatabase();
});
afterAll(async () => {
	for (const c of cleanup.reverse()) await c();
	await database.close();
});

function bus(db: Database): EventBus {
	const b = createBus(db);
	cleanup.push(() => b.close());
	return b;
}

/** The next event a subscriber of `assessment` receives on `on`. */
async function nextEvent(on: EventBus, assessment: string) {
	let resolve: (e: LiveEvent) => void = () => undefined;
	const received = new Promise<LiveEvent>((r) => (resolve = r));
	const unsubscribe = await on.subscribe(assessment, resolve);
	return { received, unsubscribe };
}

describe(`live events (${testEngine()})`, () => {
	it('delivers an event to the subscribers of its assessment only', async () => {
		const events = bus(database);
		const seen: string[] = [];
		const offB = await events.subscribe(B, (e) => seen.push(`B:${e.kind}`));
		const a = await nextEvent(events, A);
		await events.publish({ assessment: A, kind: 'answers' });
		expect(await a.received).toEqual({ assessment: A, kind: 'answers' });
		// Once unsubscribed, nothing more arrives; B saw nothing of A.
		a.unsubscribe();
		offB();
		const again = await nextEvent(events, A);
		await events.publish({ assessment: A, kind: 'state' });
		expect(await again.received).toEqual({ assessment: A, kind: 'state' });
		expect(seen).toEqual([]);
	});

	if (testEngine() === 'postgres') {
		it('shares events between two app instances on one PostgreSQL (LISTEN/NOTIFY)', async () => {
			if (database.engine !== 'postgres')
				throw new Error('a PostgreSQL test database was expected');
			// A second instance: its own pool on the same database, its own listening client.
			const second = await openDatabase({ url: database.pool.options.connectionString, max: 2 });
			cleanup.push(() => second.close());
			const one = bus(database);
			const two = bus(second);
			const onTwo = await nextEvent(two, A);
			const onOne = await nextEvent(one, A);
			await one.publish({ assessment: A, kind: 'answers' });
			expect(await onTwo.received).toEqual({ assessment: A, kind: 'answers' });
			expect(await onOne.received).toEqual({ assessment: A, kind: 'answers' });
		});
	} else {
		it('stays inside the process on the embedded database', () => {
			expect(createBus(database).constructor.name).toBe('MemoryBus');
		});
	}

	it('ignores notifications that are not ours', () => {
		expect(decodeEvent(`answers:${A}`)).toEqual({ assessment: A, kind: 'answers' });
		for (const junk of [undefined, '', 'answers', `drop:${A}`, 'answers:not-an-id', `state:${A}x`])
			expect(decodeEvent(junk), String(junk)).toBeNull();
	});
});
