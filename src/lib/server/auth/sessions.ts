// The process's session cache (see session-cache.ts) and, on PostgreSQL, its listener for
// changes made by other processes. Kept on globalThis like the database.
import { database } from '$lib/server/db';
import { SHUTDOWN } from '$lib/server/db/connect';
import { validateSessionToken } from './session';
import { SessionCache, type ValidSession } from './session-cache';
import { SessionSignals } from './session-signals';

interface Holder {
	cache?: SessionCache;
	signals?: SessionSignals;
}
const holder = ((globalThis as Record<string, unknown>).__crmReadinessSessions ??= {}) as Holder;

function cache(): SessionCache {
	if (!holder.cache) {
		const db = database();
		if (db.engine === 'postgres') {
			// Other instances may change sessions too: use the cache only while hearing them.
			const cache = new SessionCache({ usable: () => holder.signals?.listening ?? false });
			const signals = new SessionSignals(db.pool, () => cache.invalidate());
			holder.signals = signals;
			void signals.start();
			process.once(SHUTDOWN, () => void signals.close());
			holder.cache = cache;
		} else {
			// The embedded database serves this process alone: every change happens here.
			holder.cache = new SessionCache();
		}
	}
	return holder.cache;
}

/** The session for a cookie's token, or null; read from memory when it was read moments ago. */
export function validateSession(token: string): Promise<ValidSession | null> {
	return cache().validate(token, (t) => validateSessionToken(database().db, t));
}

/** Before a change to users, sessions or memberships: nothing read before it is reused. */
export function sessionsChanging(): void {
	cache().invalidate();
}

/** After such a change has been committed: forget, and tell the other processes. */
export async function sessionsChanged(): Promise<void> {
	cache().invalidate();
	try {
		await holder.signals?.announce();
	} catch (err) {
		console.error('[sessions] could not announce a change', err);
	}
}
