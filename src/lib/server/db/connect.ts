// Opens the one database the process talks to: a real PostgreSQL pool when a URL is given,
// otherwise an embedded PGlite in a worker thread (./embedded). Both go through `pg` and
// Kysely's PostgresDialect, so queries and type parsing are identical on the two engines.
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { EmbeddedServer } from './embedded';
import { acquireDataDirLock, type DataDirLock } from './lock';
import { preparingPool } from './prepared';
import type { DB } from './schema';

export type Engine = 'pglite' | 'postgres';

interface DatabaseBase {
	db: Kysely<DB>;
	close(): Promise<void>;
}

export interface PostgresDatabase extends DatabaseBase {
	engine: 'postgres';
	/** The pool Kysely uses; LISTEN/NOTIFY takes its own client from it. */
	pool: pg.Pool;
}

export interface EmbeddedDatabase extends DatabaseBase {
	engine: 'pglite';
	/** PGlite in its worker thread. */
	embedded: EmbeddedServer;
	/**
	 * Resolves once no other query has wanted the one session for a moment (or after at most
	 * `YIELD_AT_MOST_MS`): long background work (a register import) waits for it between its
	 * slices, so that a page's queries, one after another, are not each put behind a slice.
	 */
	yieldToOthers(): Promise<void>;
}

export type Database = PostgresDatabase | EmbeddedDatabase;

export interface OpenOptions {
	/** postgres://… — when absent, the embedded engine is used. */
	url?: string;
	/** Embedded data directory; `memory://` keeps it in memory (tests). */
	dataDir?: string;
	/** Embedded: load a dumped data directory (a migrated template) instead of running initdb. */
	loadDataDir?: Blob;
	/** Pool size for PostgreSQL. */
	max?: number;
	/** Prepare statements that repeat (see ./prepared); on unless false. */
	prepare?: boolean;
}

// int8 (counts, sums) as numbers and `date` as the plain 'YYYY-MM-DD' string it is:
// a Date would shift by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

/** Emitted by adapter-node once a graceful shutdown has drained the HTTP server. */
export const SHUTDOWN = 'sveltekit:shutdown';

export async function openDatabase(options: OpenOptions): Promise<Database> {
	if (options.url) {
		const pool = new pg.Pool({ connectionString: options.url, max: options.max ?? 10 });
		pool.on('error', (err) => console.error('[db] idle client error', err.message));
		const dialect = new PostgresDialect({
			pool: options.prepare === false ? pool : preparingPool(pool)
		});
		const db = new Kysely<DB>({ dialect });
		return { db, engine: 'postgres', pool, close: () => db.destroy() };
	}
	return openEmbedded(options.dataDir ?? 'data', options.loadDataDir, options.prepare !== false);
}

async function openEmbedded(
	dataDir: string,
	loadDataDir: Blob | undefined,
	prepare: boolean
): Promise<Database> {
	const inMemory = dataDir.startsWith('memory://');
	let lock: DataDirLock | undefined;
	if (!inMemory) {
		mkdirSync(dataDir, { recursive: true });
		lock = acquireDataDirLock(dataDir);
	}
	try {
		const embedded = await EmbeddedServer.start({ dataDir, loadDataDir });
		// PGlite is one backend, so one session and one client, kept for good: a client closed
		// when idle would cost the next one a session reset.
		const pool = new pg.Pool({
			stream: () => embedded.socket(),
			max: 1,
			idleTimeoutMillis: 0,
			user: 'postgres',
			database: 'postgres',
			ssl: false
		});
		const db = new Kysely<DB>({
			dialect: new PostgresDialect({ pool: prepare ? preparingPool(pool) : pool })
		});
		const yieldToOthers = () => quietPool(pool);
		let closing: Promise<void> | undefined;
		const close = () =>
			(closing ??= (async () => {
				process.off(SHUTDOWN, onShutdown);
				await db.destroy();
				await embedded.close();
				lock?.release();
			})());
		// A graceful stop (SIGTERM/SIGINT) must close PGlite: left open, a data directory reopened
		// after an unclean stop keeps a timer of PGlite's running that holds the process alive
		// for ever, and the next start has to recover again.
		const onShutdown = () => {
			close().catch((err) => console.error('[db] could not close the embedded database', err));
		};
		if (!inMemory) process.once(SHUTDOWN, onShutdown);
		return { db, engine: 'pglite', embedded, close, yieldToOthers };
	} catch (err) {
		lock?.release();
		throw err;
	}
}

/** How long the session must stay unused before background work takes it again. */
export const YIELD_QUIET_MS = 15;
/** Background work waits at most this long, so that it always finishes. */
export const YIELD_AT_MOST_MS = 2000;

// The embedded pool has one client: it is busy while checked out, and others may be queued.
async function quietPool(pool: pg.Pool): Promise<void> {
	const start = performance.now();
	let quietSince = start;
	let quietTurns = 0;
	while (performance.now() - start < YIELD_AT_MOST_MS) {
		const busy = pool.waitingCount > 0 || pool.idleCount < pool.totalCount;
		const now = performance.now();
		// Quiet for a while and for several turns of the event loop: a page rendering between
		// two of its queries holds the thread, and its next query comes after that.
		if (busy) [quietSince, quietTurns] = [now, 0];
		else if (++quietTurns >= 5 && now - quietSince >= YIELD_QUIET_MS) return;
		await new Promise((resolve) => setTimeout(resolve, 2));
	}
}
