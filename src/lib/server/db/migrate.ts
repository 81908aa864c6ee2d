// Forward-only SQL migrations from migrations/*.sql, applied in name order, each in its own
// transaction, recorded with a checksum so that an edited, already-applied file is refused.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql, type Kysely } from 'kysely';

export interface Migration {
	name: string;
	sql: string;
	checksum: string;
}

// Any constant: serialises migrators of several app instances starting on one PostgreSQL.
const LOCK_KEY = 724_501_337;

export function migrationsDir(): string {
	return resolve(process.env.MIGRATIONS_DIR ?? 'migrations');
}

export function readMigrations(dir = migrationsDir()): Migration[] {
	return readdirSync(dir)
		.filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
		.sort()
		.map((name) => {
			const text = readFileSync(join(dir, name), 'utf8');
			return { name, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
		});
}

async function ensureTable<T>(db: Kysely<T>) {
	await sql`create table if not exists schema_migrations (
		name text primary key,
		checksum text not null,
		applied_at timestamptz not null default now()
	)`.execute(db);
}

export async function appliedMigrations<T>(
	db: Kysely<T>
): Promise<{ name: string; checksum: string }[]> {
	await ensureTable(db);
	const { rows } = await sql<{
		name: string;
		checksum: string;
	}>`select name, checksum from schema_migrations order by name`.execute(db);
	return rows;
}

/** Applies pending migrations; returns the names it applied. */
export async function migrate<T>(db: Kysely<T>, migrations = readMigrations()) {
	const applied = new Map((await appliedMigrations(db)).map((m) => [m.name, m.checksum]));
	for (const m of migrations) {
		const known = applied.get(m.name);
		if (known !== undefined && known !== m.checksum) {
			throw new Error(
				`Migration ${m.name} was changed after it was applied. Migrations are frozen: ` +
					`add a new migration instead of editing this one.`
			);
		}
	}
	const done: string[] = [];
	for (const m of migrations) {
		if (applied.has(m.name)) continue;
		const ran = await db.transaction().execute(async (trx) => {
			await sql`select pg_advisory_xact_lock(${LOCK_KEY})`.execute(trx);
			// Another instance may have applied it while we waited for the lock.
			const { rows } = await sql`select 1 from schema_migrations where name = ${m.name}`.execute(
				trx
			);
			if (rows.length > 0) return false;
			await sql.raw(m.sql).execute(trx);
			await sql`insert into schema_migrations (name, checksum) values (${m.name}, ${m.checksum})`.execute(
				trx
			);
			return true;
		});
		if (ran) done.push(m.name);
	}
	return done;
}

export async function latestMigration<T>(db: Kysely<T>): Promise<string | null> {
	const rows = await appliedMigrations(db);
	return rows.at(-1)?.name ?? null;
}
