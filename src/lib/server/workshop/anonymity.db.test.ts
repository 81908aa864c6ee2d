// An anonymous workshop on the live screen: the difference between two consecutive live
// updates must never be one participant's answer (see anonymity.ts, rule 3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/connect';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import type { LiveSnapshot, StatementLive } from '$lib/workshop/snapshot';
import { Announcer } from './announce';
import { readLive } from './live-data';
import { setSection } from './repository';
import { saveAsParticipant } from './service';
import { joinAs, workshopFixture } from './test-support';
import { createBus, type EventBus } from '$lib/server/events';

let database: Database;
let bus: EventBus;
beforeAll(async () => {
	database = await testDatabase();
	bus = createBus(database);
});
afterAll(async () => {
	await bus.close();
	await database.close();
});

/** How many answers at least must have been given or changed to turn one into the other. */
function moved(a: StatementLive | undefined, b: StatementLive | undefined): number {
	const counts = (s: StatementLive | undefined) => [
		...(s?.distribution ?? [0, 0, 0, 0, 0]),
		s?.dontKnow ?? 0
	];
	const [x, y] = [counts(a), counts(b)];
	let up = 0;
	let down = 0;
	x.forEach((n, i) => {
		const d = (y[i] ?? 0) - n;
		if (d > 0) up += d;
		else down -= d;
	});
	return Math.max(up, down);
}

describe(`an anonymous workshop's live figures (${testEngine()})`, () => {
	it('never move by one participant’s answer: a section’s figures appear when it closes', async () => {
		const { db } = database;
		const w = await workshopFixture(db, { anonymous: true });
		const announcer = new Announcer(bus);
		const lens = w.content.lenses[0]?.id as string;
		const statements = w.firstItem.statements.map((s) => s.id).slice(0, 2);
		const keys = statements.map((s) => `${w.firstItem.id}/${s}`);
		const roles = ['specialist', 'executive', 'executive', 'executive', 'executive'] as const;
		const people = [];
		for (const role of roles) people.push(await joinAs(db, w.code, role));

		const snapshots: LiveSnapshot[] = [];
		const take = async () => {
			const live = await readLive(db, w.id, true);
			if (!live?.snapshot) throw new Error('no snapshot');
			snapshots.push(live.snapshot);
			return live.snapshot;
		};
		await take();
		// One at a time, each participant answers; the lone specialist says 4, the others 2; then
		// one participant changes their mind.
		let seq = 0;
		for (const [i, p] of people.entries()) {
			const level = i === 0 ? 4 : 2;
			const saved = await saveAsParticipant(db, announcer, p.visit, {
				answers: statements.map((statement) => ({
					item: w.firstItem.id,
					statement,
					answer: level,
					seq: ++seq
				})),
				comments: []
			});
			expect(saved.ok).toBe(true);
			const open = await take();
			// Progress is shown while the section is open…
			expect(open.statements.find((s) => s.key === keys[0])?.answered).toBe(i + 1);
			// …its figures are not.
			expect(open.statements.find((s) => s.key === keys[0])?.distribution).toBeNull();
			expect(open.lenses.find((l) => l.id === lens)?.score).toBeNull();
		}
		await saveAsParticipant(db, announcer, people[1]?.visit as never, {
			answers: [
				{ item: w.firstItem.id, statement: statements[0] as string, answer: 3, seq: ++seq }
			],
			comments: []
		});
		await take();
		await setSection(db, w.orgId, w.id, lens, false);
		const closed = await take();
		expect(closed.statements.find((s) => s.key === keys[0])).toMatchObject({
			answered: 5,
			distribution: [0, 0, 3, 1, 1]
		});
		expect(closed.lenses.find((l) => l.id === lens)?.score).not.toBeNull();

		for (let i = 1; i < snapshots.length; i++)
			for (const key of keys) {
				const before = snapshots[i - 1]?.statements.find((s) => s.key === key);
				const after = snapshots[i]?.statements.find((s) => s.key === key);
				const m = moved(before, after);
				expect(m === 0 || m >= 3, `${key}, update ${i}: ${m} answers moved`).toBe(true);
			}
		// Only the closing moved anything.
		const changes = snapshots
			.slice(1)
			.map((s, i) => moved(snapshots[i]?.statements[0], s.statements[0]));
		expect(changes.filter((m) => m > 0)).toHaveLength(1);
	});
});
