// Server-side prepared statements for the queries the app repeats. PostgreSQL spends as long
// planning a small query as running it (the session lookup: ~470 µs a round trip unprepared,
// ~240 µs prepared, on the bench machine), and on the embedded engine that planning runs on the
// server's own thread. So a statement Kysely sends a second time gets a name: `pg` then parses
// and plans it once per connection and afterwards only binds and executes it.
//
// Bounded: at most `maxNamed` statements are named (texts that differ every time — raw literals,
// bulk inserts of varying length — are seen once and never named), and the texts seen only once
// are forgotten in bulk when there are too many.
import { createHash } from 'node:crypto';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

// Only plain data statements: transaction control and DDL are sent as they are.
const PREPARABLE = /^\s*(?:select|insert|update|delete|with)\b/i;

/**
 * Put in a statement (a comment) that must be planned for its own values on every run. After
 * five runs of a prepared statement PostgreSQL may keep a generic plan, made without the values;
 * where the best plan depends on them (the register's filters and search: a generic plan took
 * the tier-and-segment filter from 17 to 35 ms at 100,000 customers), the statement is never
 * prepared. Inside a transaction, `set local plan_cache_mode = force_custom_plan` does the same
 * for all its statements (the register import).
 */
export const PLAN_EACH_RUN = '/* plan each run */';

export class StatementNames {
	readonly #named = new Map<string, string>();
	readonly #seenOnce = new Set<string>();

	constructor(
		readonly maxNamed = 500,
		readonly maxSeen = 5000
	) {}

	/** The name to prepare `text` under, or undefined to send it unnamed this time. */
	nameFor(text: string): string | undefined {
		const known = this.#named.get(text);
		if (known !== undefined) return known;
		if (this.#named.size >= this.maxNamed || !PREPARABLE.test(text) || text.includes(PLAN_EACH_RUN))
			return undefined;
		if (!this.#seenOnce.has(text)) {
			if (this.#seenOnce.size >= this.maxSeen) this.#seenOnce.clear();
			this.#seenOnce.add(text);
			return undefined;
		}
		this.#seenOnce.delete(text);
		const name = `k_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
		this.#named.set(text, name);
		return name;
	}

	get size(): number {
		return this.#named.size;
	}
}

/** The pool Kysely's PostgresDialect is given: the same clients, with repeated statements named. */
export function preparingPool(pool: pg.Pool, names = new StatementNames()): PostgresPool {
	const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
	const wrap = (client: pg.PoolClient): PostgresPoolClient => {
		let found = wrapped.get(client);
		if (!found) {
			const query = (textOrCursor: unknown, values?: readonly unknown[]) =>
				typeof textOrCursor === 'string'
					? client.query({
							text: textOrCursor,
							values: values as unknown[],
							name: names.nameFor(textOrCursor)
						})
					: client.query(textOrCursor as pg.Submittable);
			found = {
				query: query as unknown as PostgresPoolClient['query'],
				release: () => client.release()
			};
			wrapped.set(client, found);
		}
		return found;
	};
	return {
		connect: async () => wrap(await pool.connect()),
		end: () => pool.end()
	};
}
