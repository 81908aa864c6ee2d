// How the processes behind one PostgreSQL database tell one another that sessions, users or
// memberships changed, so that each empties its session cache (see session-cache.ts). While the
// listening connection is down the cache is not used, and on (re)connecting it is emptied
// (notifications sent meanwhile are lost).
import type pg from 'pg';
import { PgListener } from '$lib/server/db/listener';

export const AUTH_CHANNEL = 'crm_auth';

export class SessionSignals {
	readonly #listener: PgListener;

	constructor(
		private readonly pool: pg.Pool,
		onChange: () => void
	) {
		this.#listener = new PgListener(pool, AUTH_CHANNEL, {
			onNotification: onChange,
			// Whatever was announced while nobody listened is unknown: start from empty.
			onConnect: onChange
		});
	}

	/** True while this process hears every change announced by the others. */
	get listening(): boolean {
		return this.#listener.listening;
	}

	start(): Promise<void> {
		return this.#listener.start();
	}

	/** Tells every process, this one included, after it has committed a change. */
	announce(): Promise<void> {
		return announceSessionChange(this.pool);
	}

	close(): Promise<void> {
		return this.#listener.close();
	}
}

/** For processes that change users or memberships without serving pages (the CLI). */
export async function announceSessionChange(pool: Pick<pg.Pool, 'query'>): Promise<void> {
	await pool.query('select pg_notify($1, $2)', [AUTH_CHANNEL, 'changed']);
}
