// Events on PostgreSQL: every app instance LISTENs on one channel through a dedicated client,
// and a save NOTIFYs after it committed, so instances behind one database share live views.
// The listening client reconnects with backoff while anyone listens; after a reconnection every
// local listener is told that "state" changed, since notifications sent while disconnected are
// lost.
import type pg from 'pg';
import { PgListener } from '$lib/server/db/listener';
import { decodeEvent, encodeEvent, Listeners, type EventBus, type Listener } from './bus';
import type { LiveEvent } from './bus';

export const CHANNEL = 'crm_live';

export class PostgresBus implements EventBus {
	private listeners = new Listeners();
	private listener: PgListener;

	/** `pool` sends notifications; a client with the pool's settings listens. */
	constructor(private readonly pool: pg.Pool) {
		this.listener = new PgListener(pool, CHANNEL, {
			onNotification: (payload) => {
				const event = decodeEvent(payload);
				if (event) this.listeners.deliver(event);
			},
			onConnect: (again) => {
				if (!again) return;
				for (const assessment of this.listeners.assessments())
					this.listeners.deliver({ assessment, kind: 'state' });
			},
			wanted: () => this.listeners.size > 0
		});
	}

	async publish(event: LiveEvent) {
		await this.pool.query('select pg_notify($1, $2)', [CHANNEL, encodeEvent(event)]);
	}

	async subscribe(assessment: string, listener: Listener) {
		const remove = this.listeners.add(assessment, listener);
		try {
			await this.listener.listen();
		} catch (err) {
			remove();
			throw err;
		}
		return remove;
	}

	close() {
		return this.listener.close();
	}
}
