// One dedicated PostgreSQL connection that LISTENs on a channel, reconnected with backoff after
// it is lost. Notifications sent while it was down are lost, so `onConnect` tells the owner
// when it is listening again (and whether this is a reconnection) to catch up its own way.
import pg from 'pg';

export interface ListenerHandlers {
	onNotification(payload: string | undefined): void;
	onConnect?(again: boolean): void;
	/** Whether to reconnect after a loss (default: always). */
	wanted?(): boolean;
}

export class PgListener {
	#client: pg.Client | null = null;
	#connecting: Promise<void> | null = null;
	#retry: ReturnType<typeof setTimeout> | undefined;
	#backoff = 250;
	#closed = false;
	#connectedBefore = false;

	constructor(
		private readonly pool: pg.Pool,
		readonly channel: string,
		private readonly handlers: ListenerHandlers
	) {}

	/** True while every notification on the channel reaches this process. */
	get listening(): boolean {
		return this.#client !== null;
	}

	/** Resolves once listening (at once if it already is). */
	listen(): Promise<void> {
		if (this.#client) return Promise.resolve();
		if (this.#closed) return Promise.reject(new Error(`listener on ${this.channel} closed`));
		this.#connecting ??= this.#connect().finally(() => (this.#connecting = null));
		return this.#connecting;
	}

	/** Tries once now; if that fails, keeps trying in the background. */
	async start(): Promise<void> {
		try {
			await this.listen();
		} catch (err) {
			console.warn(`[db] could not listen on ${this.channel} yet:`, (err as Error).message);
			this.#reconnect();
		}
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
		client.on('notification', (msg) => this.handlers.onNotification(msg.payload));
		client.on('error', () => this.#lost(client));
		client.on('end', () => this.#lost(client));
		try {
			await client.connect();
			await client.query(`listen ${this.channel}`);
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
		this.#client = client;
		this.#backoff = 250;
		const again = this.#connectedBefore;
		this.#connectedBefore = true;
		this.handlers.onConnect?.(again);
	}

	#lost(client: pg.Client) {
		if (this.#client !== client) return;
		this.#client = null;
		client.removeAllListeners();
		client.on('error', () => undefined);
		console.warn(`[db] lost the connection listening on ${this.channel}; reconnecting`);
		this.#reconnect();
	}

	#reconnect() {
		if (this.#closed || !(this.handlers.wanted?.() ?? true)) return;
		clearTimeout(this.#retry);
		this.#retry = setTimeout(() => {
			this.listen().catch(() => {
				this.#backoff = Math.min(this.#backoff * 2, 10_000);
				this.#reconnect();
			});
		}, this.#backoff);
		this.#retry.unref?.();
	}
}
