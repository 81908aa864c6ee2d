import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { MemoryBus } from '$lib/server/events/memory';
import type { LiveSnapshot, LiveState } from '$lib/workshop/snapshot';
import { Announcer } from './announce';
import { LiveHub } from './live';
import type { LiveData } from './live-data';

const ID = '0c0c0c0c-0000-4000-8000-000000000003';
const state: LiveState = { status: 'open', joinOpen: true, openSections: [], revealed: false };

function fakeRead() {
	let reads = 0;
	const read = async (): Promise<LiveData> => {
		reads++;
		return { state, snapshot: { asOf: reads } as unknown as LiveSnapshot };
	};
	return { read, reads: () => reads };
}

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('live hub', () => {
	it('recomputes a burst of saves once per interval, for every screen at once', async () => {
		const bus = new MemoryBus();
		const source = fakeRead();
		const hub = new LiveHub({ db: {} as Kysely<DB>, bus, interval: 250, read: source.read });
		const a: number[] = [];
		const b: number[] = [];
		const offA = await hub.watch(ID, (s) => a.push(s.asOf));
		const offB = await hub.watch(ID, (s) => b.push(s.asOf));
		await vi.advanceTimersByTimeAsync(0);
		expect(source.reads()).toBe(1);

		// 300 saves within 100 ms, each announcing itself.
		for (let i = 0; i < 300; i++) {
			await bus.publish({ assessment: ID, kind: 'answers' });
			if (i % 3 === 0) await vi.advanceTimersByTimeAsync(1);
		}
		await vi.advanceTimersByTimeAsync(1000);
		// The first save runs at once (the room was quiet), the rest wait for one more run.
		expect(source.reads()).toBeGreaterThanOrEqual(2);
		expect(source.reads()).toBeLessThanOrEqual(3);
		expect(a.at(-1)).toBe(source.reads());
		expect(b).toEqual(a);

		offA();
		offB();
		expect(hub.size).toBe(0);
	});

	it('tells a participant only when what they see changes', async () => {
		const bus = new MemoryBus();
		const source = fakeRead();
		const hub = new LiveHub({ db: {} as Kysely<DB>, bus, interval: 50, read: source.read });
		const seen: unknown[] = [];
		const off = await hub.follow(ID, (v) => seen.push(v));
		await vi.advanceTimersByTimeAsync(0);
		for (let i = 0; i < 5; i++) {
			await bus.publish({ assessment: ID, kind: 'answers' });
			await vi.advanceTimersByTimeAsync(100);
		}
		expect(source.reads()).toBe(6);
		expect(seen).toEqual([{ state, summary: null }]);
		off();
	});
});

describe('announcer', () => {
	it('sends the first save at once and then at most one event per gap', async () => {
		const sent: string[] = [];
		const bus = new MemoryBus();
		bus.publish = async (e) => void sent.push(e.kind);
		const announce = new Announcer(bus, 100);
		for (let i = 0; i < 50; i++) announce.answers(ID);
		expect(sent).toEqual(['answers']);
		await vi.advanceTimersByTimeAsync(100);
		expect(sent).toEqual(['answers', 'answers']);
		announce.state(ID);
		expect(sent).toEqual(['answers', 'answers', 'state']);
	});
});
