// How the processes behind one PostgreSQL database tell one another that sessions, users or
// memberships changed, so that each empties its session cache (see session-cache.ts). One
// listening connection per process, reconnected with backoff; while it is down the cache is
// not used, and after reconnecting the cache is emptied (notifications sent meanwhile are lost).
import pg from 'pg';

export const AUTH_CHANNEL = 'crm_auth';

export class SessionSignals {
	#client: pg.Client | null = null;
	#retry: ReturnType<typeof setTimeout> | undefined;
	#backoff = 250;
	#closed = false;

	constructor(
		private readonly pool: pg.Pool,
		private readonly onChange: () => void
	) {}

	/** True while this process hears every change announced by the others. */
	get listening(): boolean {
		return this.#client !== null;
	}

	async start(): Promise<void> {
		try {
			await this.#connect();
		} catch (err) {
			console.warn('[sessions] could not listen for changes yet:', (err as Error).message);
			this.#reconnect();
		}
	}

	/** Tells every process, this one included, after it has committed a change. */
	announce(): Promise<void> {
		return announceSessionChange(this.pool);
	}

	async close(): Promise<void> {
		this.#closed = true;
		clearTimeout(this.#retry);
		const client = this.#client;
		this.#client = null;
		await client?.end().catch(() => undefined);
	}

	async #connect() {
		const client = new pg.Client(this.pool.options);
		client.on('notification', () => this.onChange());
		client.on('error', () => this.#lost(client));
		client.on('end', () => this.#lost(client));
		try {
			await client.connect();
			await client.query(`listen ${AUTH_CHANNEL}`);
		} catch (err) {
			client.removeAllListeners();
			client.on('error', () => undefined);
			await client.end().catch(() => undefined);
			throw err;
		}
		if (this.#closed) {
			await client.end().catch(() => undefined);
			return;
		}
		// Whatever was announced while nobody listened is unknown: start from empty.
		this.onChange();
		this.#client = client;
		this.#backoff = 250;
	}

	#lost(client: pg.Client) {
		if (this.#client !== client) return;
		this.#client = null;
		client.removeAllListeners();
		client.on('error', () => undefined);
		console.warn('[sessions] lost the connection that listens for changes; reconnecting');
		this.#reconnect();
	}

	#reconnect() {
		if (this.#closed) return;
		clearTimeout(this.#retry);
		this.#retry = setTimeout(() => {
			this.#connect().catch(() => {
				this.#backoff = Math.min(this.#backoff * 2, 10_000);
				this.#reconnect();
			});
		}, this.#backoff);
		this.#retry.unref?.();
	}
}

/** For processes that change users or memberships without serving pages (the CLI). */
export async function announceSessionChange(pool: Pick<pg.Pool, 'query'>): Promise<void> {
	await pool.query('select pg_notify($1, $2)', [AUTH_CHANNEL, 'changed']);
}
