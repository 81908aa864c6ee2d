// The process-wide database, opened and migrated once at start-up (hooks.server.ts `init`).
// Kept on globalThis so that Vite's module reloading in development never opens PGlite twice.
import { openDatabase, type Database } from './connect';
import { latestMigration, migrate } from './migrate';

export type { Database, EmbeddedDatabase, Engine, PostgresDatabase } from './connect';

interface Holder {
	ready?: Promise<Database>;
	current?: Database;
}
const holder: Holder = ((globalThis as Record<string, unknown>).__crmReadinessDb ??= {}) as Holder;

export function databaseConfig() {
	return {
		url: process.env.DATABASE_URL || undefined,
		dataDir: process.env.DATA_DIR || 'data',
		max: Number(process.env.DATABASE_POOL_SIZE) || undefined,
		// Off behind a pooler that cannot keep named statements (PgBouncer in transaction mode
		// before 1.21): DATABASE_PREPARED_STATEMENTS=false.
		prepare: process.env.DATABASE_PREPARED_STATEMENTS !== 'false'
	};
}

/** Opens (once) and migrates the configured database. */
export function initDatabase(): Promise<Database> {
	holder.ready ??= (async () => {
		const database = await openDatabase(databaseConfig());
		const applied = await migrate(database.db);
		if (applied.length)
			console.log(`[db] applied ${applied.length} migration(s): ${applied.join(', ')}`);
		holder.current = database;
		return database;
	})();
	holder.ready.catch(() => (holder.ready = undefined));
	return holder.ready;
}

/** The open database; only valid after initDatabase() resolved (the server's init hook). */
export function database(): Database {
	if (!holder.current)
		throw new Error('The database is not open yet (initDatabase was not awaited).');
	return holder.current;
}

export async function closeDatabase() {
	const current = holder.current;
	holder.current = undefined;
	holder.ready = undefined;
	await current?.close();
}

export { latestMigration };
