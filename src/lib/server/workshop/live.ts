// The live hub of one process: a room per workshop that somebody is watching. Bus events mark
// the room dirty; the aggregate is recomputed at most once per `interval` (however many saves
// arrive) and pushed to every facilitator screen, and to participants when what they see
// changed. One computation serves all of a room's listeners. A recomputation that takes long
// (a big workshop on the embedded database, whose one connection the saves share) stretches
// the interval, so live views take at most a fifth of the time from the saves — up to a
// ceiling that keeps a save on the big screen within a second.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import type { EventBus } from '$lib/server/events';
import { participantView, type LiveSnapshot, type ParticipantView } from '$lib/workshop/snapshot';
import { readLive } from './live-data';

const RETRY_MS = 2000;
/** Time between recomputations ≥ this many times the last one's duration… */
const LOAD_FACTOR = 4;
/** …but never more than this many ms. */
const MAX_GAP = 700;

type ScreenListener = (snapshot: LiveSnapshot) => void;
type PhoneListener = (view: ParticipantView) => void;

interface Room {
	screens: Set<ScreenListener>;
	phones: Map<PhoneListener, string>;
	subscription: Promise<() => void> | null;
	snapshot: LiveSnapshot | null;
	view: ParticipantView | null;
	lastRun: number;
	/** How long the last recomputation took, in ms. */
	cost: number;
	timer: ReturnType<typeof setTimeout> | undefined;
	running: boolean;
	dirty: boolean;
}

export interface HubOptions {
	db: Kysely<DB>;
	bus: EventBus;
	/** Minimum milliseconds between two recomputations of one room. */
	interval?: number;
	/** How a room reads its data; replaceable in tests. */
	read?: typeof readLive;
}

export class LiveHub {
	private rooms = new Map<string, Room>();
	private readonly interval: number;

	constructor(private readonly options: HubOptions) {
		this.interval = options.interval ?? 250;
	}

	/** A facilitator's screen: the full aggregate, now and after every change. */
	watch(assessmentId: string, listener: ScreenListener): Promise<() => void> {
		return this.enter(assessmentId, (room) => {
			room.screens.add(listener);
			if (room.snapshot) listener(room.snapshot);
			else this.schedule(assessmentId, room, 0);
			return () => room.screens.delete(listener);
		});
	}

	/** A participant's phone: the session state and, once revealed, the group's summary. */
	follow(assessmentId: string, listener: PhoneListener): Promise<() => void> {
		return this.enter(assessmentId, (room) => {
			room.phones.set(listener, '');
			if (room.view) this.sendView(room, listener, room.view);
			else this.schedule(assessmentId, room, 0);
			return () => room.phones.delete(listener);
		});
	}

	get size() {
		return this.rooms.size;
	}

	private async enter(assessmentId: string, add: (room: Room) => () => void) {
		const room = this.room(assessmentId);
		await room.subscription;
		const remove = add(room);
		return () => {
			remove();
			if (room.screens.size + room.phones.size === 0) this.leave(assessmentId, room);
		};
	}

	private room(assessmentId: string): Room {
		let room = this.rooms.get(assessmentId);
		if (room) return room;
		const created: Room = {
			screens: new Set(),
			phones: new Map(),
			subscription: null,
			snapshot: null,
			view: null,
			lastRun: 0,
			cost: 0,
			timer: undefined,
			running: false,
			dirty: false
		};
		created.subscription = this.options.bus.subscribe(assessmentId, () => {
			// Whatever changed, what we hold is stale; the next run reads it afresh.
			created.snapshot = null;
			this.schedule(assessmentId, created, this.gap(created));
		});
		created.subscription.catch(() => this.rooms.delete(assessmentId));
		this.rooms.set(assessmentId, created);
		room = created;
		return room;
	}

	private leave(assessmentId: string, room: Room) {
		clearTimeout(room.timer);
		this.rooms.delete(assessmentId);
		void room.subscription?.then((unsubscribe) => unsubscribe()).catch(() => undefined);
	}

	/** Runs at once if the room has been quiet for `gap` ms, else when that much has passed. */
	private schedule(assessmentId: string, room: Room, gap: number) {
		if (room.running) {
			room.dirty = true;
			return;
		}
		if (room.timer) return;
		const wait = Math.max(0, room.lastRun + gap - Date.now());
		room.timer = setTimeout(() => {
			room.timer = undefined;
			void this.run(assessmentId, room);
		}, wait);
	}

	private async run(assessmentId: string, room: Room) {
		if (this.rooms.get(assessmentId) !== room) return;
		room.running = true;
		room.dirty = false;
		room.lastRun = Date.now();
		try {
			const read = this.options.read ?? readLive;
			const data = await read(this.options.db, assessmentId, room.screens.size > 0);
			room.cost = Date.now() - room.lastRun;
			if (!data) return this.leave(assessmentId, room);
			room.snapshot = data.snapshot;
			room.view = participantView(data.state, data.snapshot);
			if (data.snapshot) for (const screen of room.screens) screen(data.snapshot);
			for (const phone of room.phones.keys()) this.sendView(room, phone, room.view);
		} catch (err) {
			console.error('[live] could not compute the live view', err);
			room.running = false;
			return this.schedule(assessmentId, room, RETRY_MS);
		}
		room.running = false;
		if (room.dirty) this.schedule(assessmentId, room, this.gap(room));
	}

	private gap(room: Room) {
		return Math.max(this.interval, Math.min(MAX_GAP, LOAD_FACTOR * room.cost));
	}

	private sendView(room: Room, phone: PhoneListener, view: ParticipantView) {
		const json = JSON.stringify(view);
		if (room.phones.get(phone) === json) return;
		room.phones.set(phone, json);
		phone(view);
	}
}
