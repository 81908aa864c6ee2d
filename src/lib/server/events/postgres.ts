// Events on PostgreSQL: every app instance LISTENs on one channel through a dedicated client,
// and a save NOTIFYs after it committed, so instances behind one database share live views.
// The listening client reconnects with backoff; after a reconnection every local listener is
// told that "state" changed, since notifications sent while disconnected are lost.
import pg from 'pg';
import { decodeEvent, encodeEvent, Listeners, type EventBus, type Listener } from './bus';
import type { LiveEvent } from './bus';

export const CHANNEL = 'crm_live';

export class PostgresBus implements EventBus {
	private listeners = new Listeners();
	private client: pg.Client | null = null;
	private connecting: Promise<void> | null = null;
	private retry: ReturnType<typeof setTimeout> | undefined;
	private backoff = 250;
	private closed = false;

	/** `pool` sends notifications; a client with the pool's settings listens. */
	constructor(private readonly pool: pg.Pool) {}

	async publish(event: LiveEvent) {
		await this.pool.query('select pg_notify($1, $2)', [CHANNEL, encodeEvent(event)]);
	}

	async subscribe(assessment: string, listener: Listener) {
		const remove = this.listeners.add(assessment, listener);
		try {
			await this.listen();
		} catch (err) {
			remove();
			throw err;
		}
		return remove;
	}

	async close() {
		this.closed = true;
		clearTimeout(this.retry);
		const client = this.client;
		this.client = null;
		await client?.end().catch(() => undefined);
	}

	private listen(): Promise<void> {
		if (this.client) return Promise.resolve();
		if (this.closed) return Promise.reject(new Error('event bus closed'));
		this.connecting ??= this.connect().finally(() => (this.connecting = null));
		return this.connecting;
	}

	private async connect() {
		const client = new pg.Client(this.pool.options);
		client.on('notification', (msg) => {
			const event = decodeEvent(msg.payload);
			if (event) this.listeners.deliver(event);
		});
		client.on('error', () => this.lost(client));
		client.on('end', () => this.lost(client));
		try {
			await client.connect();
			await client.query(`listen ${CHANNEL}`);
		} catch (err) {
			client.removeAllListeners();
			await client.end().catch(() => undefined);
			throw err;
		}
		this.client = client;
		this.backoff = 250;
	}

	private lost(client: pg.Client) {
		if (this.client !== client) return;
		this.client = null;
		client.removeAllListeners();
		client.on('error', () => undefined);
		console.warn('[events] lost the LISTEN connection; reconnecting');
		this.reconnect();
	}

	private reconnect() {
		if (this.closed || this.listeners.size === 0) return;
		clearTimeout(this.retry);
		this.retry = setTimeout(() => {
			this.listen().then(
				() => {
					for (const assessment of this.listeners.assessments())
						this.listeners.deliver({ assessment, kind: 'state' });
				},
				() => {
					this.backoff = Math.min(this.backoff * 2, 10_000);
					this.reconnect();
				}
			);
		}, this.backoff);
	}
}
