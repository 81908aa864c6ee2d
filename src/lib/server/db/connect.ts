// Opens the one database the process talks to: a real PostgreSQL pool when a URL is given,
// otherwise an embedded PGlite behind its pg-compatible adapter. Both go through `pg` and
// Kysely's PostgresDialect, so queries and type parsing are identical on the two engines.
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import { acquireDataDirLock, type DataDirLock } from './lock';
import { preparingPool } from './prepared';
import type { DB } from './schema';

export type Engine = 'pglite' | 'postgres';

export interface Database {
	db: Kysely<DB>;
	engine: Engine;
	/** The pool Kysely uses; LISTEN/NOTIFY on PostgreSQL takes its own client from it. */
	pool: pg.Pool;
	/** Present on the embedded engine only. */
	pglite?: PGlite;
	close(): Promise<void>;
}

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
		const [{ PGlite }, { pg_trgm }, { citext }, { createPgConfig }] = await Promise.all([
			import('@electric-sql/pglite'),
			import('@electric-sql/pglite/contrib/pg_trgm'),
			import('@electric-sql/pglite/contrib/citext'),
			import('@electric-sql/pglite/node-postgres')
		]);
		const pglite = await PGlite.create({
			dataDir,
			loadDataDir,
			// Extensions must be passed on every open, not only when they are created.
			extensions: { pg_trgm, citext }
		});
		const pool = new pg.Pool(createPgConfig(pglite));
		const db = new Kysely<DB>({
			dialect: new PostgresDialect({ pool: prepare ? preparingPool(pool) : pool })
		});
		let closing: Promise<void> | undefined;
		const close = () =>
			(closing ??= (async () => {
				process.off(SHUTDOWN, onShutdown);
				await db.destroy();
				await pglite.close();
				lock?.release();
			})());
		// A graceful stop (SIGTERM/SIGINT) must close PGlite: left open, a data directory reopened
		// after an unclean stop keeps a timer of PGlite's running that holds the process alive
		// for ever, and the next start has to recover again.
		const onShutdown = () => {
			close().catch((err) => console.error('[db] could not close the embedded database', err));
		};
		if (!inMemory) process.once(SHUTDOWN, onShutdown);
		return { db, engine: 'pglite', pool, pglite, close };
	} catch (err) {
		lock?.release();
		throw err;
	}
}
