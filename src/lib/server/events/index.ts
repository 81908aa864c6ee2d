// The process's event bus: LISTEN/NOTIFY on PostgreSQL (instances share events), in-process
// on the embedded database (one process by design). Kept on globalThis like the database.
import type { Database } from '$lib/server/db';
import { database } from '$lib/server/db';
import type { EventBus } from './bus';
import { MemoryBus } from './memory';
import { PostgresBus } from './postgres';
import { closeAllStreams } from './sse';

export type { EventBus, LiveEvent, LiveEventKind } from './bus';

export function createBus(db: Database): EventBus {
	return db.engine === 'postgres' ? new PostgresBus(db.pool) : new MemoryBus();
}

interface Holder {
	bus?: EventBus;
}
const holder = ((globalThis as Record<string, unknown>).__crmReadinessEvents ??= {}) as Holder;

export function eventBus(): EventBus {
	if (!holder.bus) {
		holder.bus = createBus(database());
		// Open event streams would hold a graceful shutdown for its whole timeout: end them
		// first, then let go of the listening connection once the server has closed.
		process.once('SIGTERM', closeAllStreams);
		process.once('SIGINT', closeAllStreams);
		process.once('sveltekit:shutdown', () => void holder.bus?.close());
	}
	return holder.bus;
}
