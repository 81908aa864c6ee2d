// Drains the outbox: takes due rows, turns each into a mail (its kind's `prepare`, which may
// mint the link's secret now, so none waits in the table), sends it, and records the outcome.
// Every app instance runs one; rows are claimed, never shared (see ./outbox.ts). Logs name the
// kind and the row, never an address, a link or the server's credentials.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import type { MailConfig } from './config';
import { headerText, type RenderedMail } from './layout';
import * as outbox from './outbox';
import type { MailKind, OutboxRow } from './outbox';
import { prune } from './quota';
import type { Mailbox, MailTransport, OutgoingMail } from './transport';

export interface PreparedMail {
	to: Mailbox;
	/** Shown before the app's name as the sender, e.g. the person who sends a roadmap. */
	onBehalfOf?: string;
	replyTo?: Mailbox;
	rendered: RenderedMail;
	attachments?: OutgoingMail['attachments'];
}

export interface PrepareContext {
	config: MailConfig;
}

/** What a row becomes at sending time; null when there is nothing to send any more. */
export type Preparer = (
	db: Kysely<DB>,
	row: OutboxRow,
	context: PrepareContext
) => Promise<PreparedMail | null>;

export interface WorkerOptions {
	db: Kysely<DB>;
	transport: MailTransport;
	config: MailConfig;
	preparers: Record<MailKind, Preparer>;
	appName: (row: OutboxRow) => string;
	/** Once a minute: what the kinds keep beside the outbox and no longer need. */
	housekeeping?: (db: Kysely<DB>) => Promise<void>;
	log?: (line: string) => void;
}

const BATCH = 10;

/** Why a send failed, for the table and the log: no addresses, links or credentials. */
export function redactError(err: unknown): string {
	const e = err as { code?: string; responseCode?: number; message?: string };
	const message = String(e?.message ?? err)
		.replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, '<address>')
		.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, '<url>')
		.replace(/\s+/g, ' ');
	const code = [e?.code, e?.responseCode].filter(Boolean).join(' ');
	return `${code ? `${code}: ` : ''}${message}`.slice(0, 300);
}

/** The server refused this recipient for good (5xx to RCPT): trying again cannot help. */
function permanent(err: unknown): boolean {
	const e = err as { responseCode?: number; command?: string };
	return (e?.responseCode ?? 0) >= 500 && /RCPT/i.test(e?.command ?? '');
}

export class MailWorker {
	readonly #o: Required<WorkerOptions>;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#draining: Promise<void> | null = null;
	#stopped = true;
	#lastHousekeeping = 0;

	constructor(options: WorkerOptions) {
		this.#o = { log: (l) => console.log(l), housekeeping: async () => {}, ...options };
	}

	start() {
		this.#stopped = false;
		this.#schedule(0);
	}

	async stop() {
		this.#stopped = true;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		await this.#draining;
		this.#o.transport.close();
	}

	/** Sends these rows now (those still due and not taken by another worker). */
	async deliver(ids: string[]): Promise<void> {
		const rows = await outbox.claim(this.#o.db, ids.length, ids);
		for (const row of rows) await this.#send(row);
	}

	/** Drains what is due now; resolves when the outbox has nothing due left. */
	drain(): Promise<void> {
		this.#draining ??= this.#drainOnce().finally(() => (this.#draining = null));
		return this.#draining;
	}

	#schedule(ms: number) {
		if (this.#stopped) return;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#timer = null;
			this.drain()
				.catch((err) => this.#o.log(`[mail] outbox check failed: ${redactError(err)}`))
				.finally(() => this.#schedule(this.#o.config.pollMs));
		}, ms);
		this.#timer.unref?.();
	}

	async #drainOnce() {
		const { db } = this.#o;
		if (Date.now() - this.#lastHousekeeping > 60_000) {
			this.#lastHousekeeping = Date.now();
			await outbox.expire(db);
			await prune(db);
			await this.#o.housekeeping(db);
		}
		for (;;) {
			const rows = await outbox.claim(db, BATCH);
			for (const row of rows) await this.#send(row);
			if (rows.length < BATCH || this.#stopped) return;
		}
	}

	async #send(row: OutboxRow) {
		const { db, log } = this.#o;
		const label = `${row.kind} ${row.id.slice(0, 8)}`;
		try {
			const prepared = await this.#o.preparers[row.kind as MailKind](db, row, {
				config: this.#o.config
			});
			if (!prepared) {
				await outbox.drop(db, row);
				log(`[mail] ${label}: nothing to send any more`);
				return;
			}
			const app = this.#o.appName(row);
			const from = this.#o.config.from;
			const name = (m: Mailbox) => ({ name: headerText(m.name, 80), address: m.address });
			await this.#o.transport.send(
				{
					from: name({
						address: from.address,
						name: prepared.onBehalfOf ? `${prepared.onBehalfOf} (${app})` : from.name || app
					}),
					to: name(prepared.to),
					replyTo: prepared.replyTo && name(prepared.replyTo),
					...prepared.rendered,
					attachments: prepared.attachments
				},
				`${row.kind}-${row.id.slice(0, 8)}`
			);
			await outbox.markSent(db, row);
			log(`[mail] ${label} sent (attempt ${row.attempts})`);
		} catch (err) {
			const reason = redactError(err);
			const next = await outbox
				.markFailed(db, row, reason, { final: permanent(err), retryMs: this.#o.config.retryMs })
				.catch(() => undefined);
			log(
				`[mail] ${label} not sent (attempt ${row.attempts}): ${reason}; ` +
					(next ? `next try at ${next.toISOString()}` : 'given up')
			);
		}
	}
}
