// Finding customers: search, filters, sorting and keyset pagination. A page is the rows after
// (or before) the last row seen, by (sort key, seq), so inserts never shift or repeat rows the
// way offsets do, and every page is an index range scan however deep it is.
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { CHANNELS, SORTS, type Sort } from '$lib/register/fields';
import { searchTerms } from '$lib/register/normalise';
import { PLAN_EACH_RUN } from '$lib/server/db/prepared';
import type { DB } from '$lib/server/db/schema';
import { CUSTOMER_COLUMNS, type Customer } from './customers';
import { satisfactionFilter } from './schema';

export const PAGE_SIZE = 50;

const cursor = z.tuple([z.string().nullable(), z.number().int()]);
type Cursor = z.output<typeof cursor>;

function encodeCursor(c: Cursor): string {
	return Buffer.from(JSON.stringify(c)).toString('base64url');
}

/** A cursor of this sort, or undefined (a forged or stale one starts from the first page). */
function decodeCursor(s: string | null | undefined, sort: Sort): Cursor | undefined {
	if (!s) return undefined;
	try {
		const parsed = cursor.safeParse(JSON.parse(Buffer.from(s, 'base64url').toString()));
		if (!parsed.success) return undefined;
		const [key] = parsed.data;
		if (sort !== 'recent' && key === null) return undefined;
		if (sort === 'value' && !/^-?\d{1,20}(\.\d{1,2})?$/.test(key ?? '')) return undefined;
		return parsed.data;
	} catch {
		return undefined;
	}
}

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
const uuidOrNone = z.union([z.uuid(), z.literal('none')]);

/** The list's URL parameters; anything malformed is dropped rather than refused. */
export const listQuerySchema = z.object({
	q: z.string().max(200).catch(''),
	tier: z.preprocess(blankToUndefined, z.string().max(60).optional()).catch(undefined),
	tag: z.preprocess(blankToUndefined, z.string().max(60).optional()).catch(undefined),
	channel: z.preprocess(blankToUndefined, z.enum(CHANNELS).optional()).catch(undefined),
	owner: z.preprocess(blankToUndefined, uuidOrNone.optional()).catch(undefined),
	satisfaction: z.preprocess(blankToUndefined, satisfactionFilter.optional()).catch(undefined),
	sort: z.enum(SORTS).catch('name'),
	archived: z.preprocess((v) => v === '1', z.boolean()),
	after: z.string().max(400).optional().catch(undefined),
	before: z.string().max(400).optional().catch(undefined)
});
export type ListQuery = z.output<typeof listQuerySchema>;
export type Filters = Omit<ListQuery, 'sort' | 'after' | 'before'>;

export function parseListQuery(params: URLSearchParams): ListQuery {
	const raw = Object.fromEntries([...params].filter(([, v]) => v !== ''));
	return listQuerySchema.parse({ q: '', ...raw });
}

function escapeLike(s: string): string {
	return s.replace(/[\\%_]/g, '\\$&');
}

/**
 * What a query matches. Words of three or more characters must each occur in the normalised
 * name, email, phone or city (a trigram index finds them). A query shorter than that has no
 * trigram to look up, so it matches the start of the name instead, through the name index.
 */
function searchSql(q: string) {
	const terms = searchTerms(q);
	if (terms.length === 0) return [];
	if (terms.every((t) => [...t].length < 3)) {
		const prefix = terms.join(' ');
		return [
			sql`c.sort_name >= register_sort_key(${prefix})`,
			sql`c.sort_name < register_sort_key(${prefix}) || chr(1114111)`
		];
	}
	return terms.map((term) => sql`c.search like ${`%${escapeLike(term)}%`}`);
}

/** The conditions shared by the list, its count and the CSV export (table alias `c`). */
export function filterSql(orgId: string, f: Filters) {
	const where = [
		sql`c.organisation_id = ${orgId}`,
		f.archived ? sql`c.archived_at is not null` : sql`c.archived_at is null`,
		...searchSql(f.q)
	];
	if (f.tier) where.push(sql`c.tier = ${f.tier}`);
	if (f.tag) where.push(sql`c.tags @> array[${f.tag}]::text[]`);
	if (f.channel) where.push(sql`c.channel = ${f.channel}`);
	if (f.owner === 'none') where.push(sql`c.owner_id is null`);
	else if (f.owner) where.push(sql`c.owner_id = ${f.owner}`);
	if (f.satisfaction === 'none') where.push(sql`c.satisfaction is null`);
	else if (f.satisfaction) where.push(sql`c.satisfaction = ${f.satisfaction}`);
	return sql<boolean>`${sql.join(where, sql` and `)}`;
}

// Each sort: the key expression, its direction, and the key's text in a cursor.
const KEYS: Record<Sort, { key: string; desc: boolean }> = {
	name: { key: 'c.sort_name', desc: false },
	recent: { key: 'c.seq', desc: true },
	value: { key: 'coalesce(c.annual_value, -1)', desc: true }
};

function keyset(sort: Sort, c: Cursor, forward: boolean) {
	const { key, desc } = KEYS[sort];
	const op = sql.raw(forward !== desc ? '>' : '<');
	if (sort === 'recent') return sql<boolean>`c.seq ${op} ${c[1]}`;
	const cast = sql.raw(sort === 'value' ? '::numeric' : '::text');
	return sql<boolean>`(${sql.raw(key)}, c.seq) ${op} (${c[0]}${cast}, ${c[1]}::bigint)`;
}

export interface Page {
	items: Customer[];
	/** Cursors for the next and the previous page, when there is one. */
	next: string | null;
	prev: string | null;
}

export async function list(
	db: Kysely<DB>,
	orgId: string,
	query: ListQuery,
	limit = PAGE_SIZE
): Promise<Page> {
	const before = query.after ? undefined : decodeCursor(query.before, query.sort);
	const after = decodeCursor(query.after, query.sort);
	const forward = !before;
	const { key, desc } = KEYS[query.sort];
	const dir = forward !== desc ? 'asc' : 'desc';

	let q = db
		.selectFrom('customers as c')
		.leftJoin('users as o', 'o.id', 'c.owner_id')
		.select([...CUSTOMER_COLUMNS, 'o.name as owner_name', 'o.email as owner_email', 'c.seq'])
		.select(sql<string | null>`(${sql.raw(key)})::text`.as('sort_key'))
		.where(filterSql(orgId, query));
	const from = after ?? before;
	if (from) q = q.where(keyset(query.sort, from, forward));
	const rows = await q
		.orderBy(sql.raw(key), dir)
		.orderBy('c.seq', dir)
		.limit(limit + 1)
		.modifyEnd(sql.raw(PLAN_EACH_RUN))
		.execute();

	const more = rows.length > limit;
	const page = rows.slice(0, limit);
	if (!forward) page.reverse();
	const first = page[0];
	const last = page.at(-1);
	const cursorOf = (r: (typeof rows)[number]) => encodeCursor([r.sort_key, r.seq]);
	const items = page.map(({ seq: _seq, sort_key: _key, ...c }) => c as Customer);
	return {
		items,
		next: last && (forward ? more : true) ? cursorOf(last) : null,
		prev: first && (forward ? Boolean(after) : more) ? cursorOf(first) : null
	};
}

/** Counting stops here: beyond it the page says "more than 10,000", and stays fast. */
export const COUNT_CAP = 10_000;

/** How many customers match, up to COUNT_CAP + 1. */
export async function count(db: Kysely<DB>, orgId: string, filters: Filters): Promise<number> {
	const { rows } = await sql<{ n: number }>`
		select count(*)::int as n from (
			select 1 from customers c where ${filterSql(orgId, filters)} limit ${COUNT_CAP + 1}
		) as matches ${sql.raw(PLAN_EACH_RUN)}`.execute(db);
	return rows[0]?.n ?? 0;
}
