// Queries whose shape never changes, built and compiled by Kysely once per database instead of
// on every request. Building a query (a tree of frozen nodes) and compiling it to SQL is pure
// CPU on the server's one thread: ~20 µs for the wizard's query, run on every view of a
// question page. Here the builder runs once, with a marker in place of each argument; the
// markers are found among the compiled parameters, and later calls only put their own values
// in those places.
//
// Every argument is a string and must reach the query as a bound value (`where(col, '=', arg)`),
// unchanged. An argument the builder looks at or changes — an `$if` on it, an `in` list, a raw
// SQL fragment, a `%${arg}%` pattern — cannot be compiled once; such a query is refused when it
// is first built (its argument is missing from the bound values, or turns up changed or in the
// SQL text), except for an argument tested and also bound: do not write those. The arguments
// are the builder's declared parameters after `db` (no defaults, no rest parameters).
import { createQueryId, type CompiledQuery, type Compilable, type Kysely } from 'kysely';

type Slot = { arg: number } | { value: unknown };
interface Template {
	query: CompiledQuery['query'];
	sql: string;
	slots: Slot[];
}

const MARK = '\u0000kysely-arg-';
const marker = (i: number) => `${MARK}${i}\u0000`;

export function compiledOnce<DB, Args extends string[], Row>(
	build: (db: Kysely<DB>, ...args: Args) => Compilable<Row>
): (db: Kysely<DB>, ...args: Args) => Promise<Row[]> {
	const arity = build.length - 1;
	const templates = new WeakMap<Kysely<DB>, Template>();

	function template(db: Kysely<DB>): Template {
		let found = templates.get(db);
		if (found) return found;
		const markers = Array.from({ length: arity }, (_, i) => marker(i));
		const compiled = build(db, ...(markers as Args)).compile();
		if (compiled.sql.includes(MARK))
			throw new Error('compiledOnce: an argument became SQL text instead of a bound value');
		const slots = compiled.parameters.map((p): Slot => {
			const arg = typeof p === 'string' ? markers.indexOf(p) : -1;
			if (arg < 0 && typeof p === 'string' && p.includes(MARK))
				throw new Error('compiledOnce: an argument is bound only after being changed');
			return arg >= 0 ? { arg } : { value: p };
		});
		for (let i = 0; i < arity; i++)
			if (!slots.some((s) => 'arg' in s && s.arg === i))
				throw new Error(`compiledOnce: argument ${i + 1} is not a bound value of the query`);
		found = { query: compiled.query, sql: compiled.sql, slots };
		templates.set(db, found);
		return found;
	}

	return async (db, ...args) => {
		if (args.length !== arity)
			throw new Error(`compiledOnce: ${arity} arguments expected, ${args.length} given`);
		const { query, sql, slots } = template(db);
		const parameters = slots.map((s) => ('arg' in s ? args[s.arg] : s.value));
		const result = await db.executeQuery<Row>({ query, sql, parameters, queryId: createQueryId() });
		return result.rows;
	};
}
