// A query compiled once answers exactly as the same query built each time, for every set of
// arguments, on both engines; and a query whose shape an argument would change is refused.
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../testing/db';
import { compiledOnce } from './compiled';
import type { Database } from './connect';
import type { DB } from './schema';

const PEOPLE = [
	{ email: 'ana@example.com', name: 'Ana', locale: 'en' },
	{ email: 'bahar@example.com', name: 'Bahar', locale: 'fa' },
	{ email: 'cyrus@example.com', name: 'Cyrus', locale: 'fa' }
];

// Two arguments, one of them used twice, and a constant of the query's own among them.
function build(db: Kysely<DB>, locale: string, name: string) {
	return db
		.selectFrom('users')
		.select(['name', 'locale'])
		.where((eb) =>
			eb.or([
				eb.and([eb('locale', '=', locale), eb('name', '<>', 'Nobody')]),
				eb('name', '=', name),
				eb('email', '=', name)
			])
		)
		.orderBy('name');
}

describe('queries compiled once', () => {
	let database: Database;
	beforeAll(async () => {
		database = await testDatabase();
		await database.db
			.insertInto('users')
			.values(PEOPLE.map((p) => ({ ...p, password_hash: 'x' })))
			.execute();
	});
	afterAll(() => database.close());

	it('answers as the query built each time, whatever the arguments', async () => {
		const once = compiledOnce(build);
		for (const [locale, name] of [
			['fa', 'Ana'],
			['en', 'Cyrus'],
			['de', 'nobody@example.com'],
			['fa', "O'Brien"],
			['en', 'bahar@example.com']
		] as const) {
			const expected = await build(database.db, locale, name).execute();
			expect(await once(database.db, locale, name)).toEqual(expected);
		}
		expect((await once(database.db, 'fa', 'Ana')).map((r) => r.name)).toEqual([
			'Ana',
			'Bahar',
			'Cyrus'
		]);
		expect(await once(database.db, 'de', 'Zoe')).toEqual([]);
	});

	it('builds the query once per database', async () => {
		let built = 0;
		const once = compiledOnce((db: Kysely<DB>, email: string) => {
			built++;
			return db.selectFrom('users').select('name').where('email', '=', email);
		});
		for (const p of PEOPLE) expect(await once(database.db, p.email)).toEqual([{ name: p.name }]);
		expect(built).toBe(1);
		const other = await testDatabase();
		try {
			expect(await once(other.db, 'ana@example.com')).toEqual([]);
			expect(built).toBe(2);
		} finally {
			await other.close();
		}
	});

	it('refuses an argument that is not a bound value of the query', async () => {
		const asText = compiledOnce((db: Kysely<DB>, column: string) =>
			db.selectFrom('users').select(sql.ref<string>(column).as('x'))
		);
		await expect(asText(database.db, 'name')).rejects.toThrow(/SQL text/);
		const changed = compiledOnce((db: Kysely<DB>, name: string) =>
			db.selectFrom('users').select('name').where('name', 'like', `%${name}%`)
		);
		await expect(changed(database.db, 'Ana')).rejects.toThrow(/after being changed/);
		const alsoChanged = compiledOnce((db: Kysely<DB>, name: string) =>
			db
				.selectFrom('users')
				.select('name')
				.where('name', '=', name)
				.where('email', 'like', `${name}@%`)
		);
		await expect(alsoChanged(database.db, 'Ana')).rejects.toThrow(/after being changed/);
		const unused = compiledOnce((db: Kysely<DB>, _email: string) =>
			db.selectFrom('users').select('name')
		);
		await expect(unused(database.db, 'ana@example.com')).rejects.toThrow(/argument 1/);
		// A parameter with a default is not counted by the builder's length: refused, not ignored.
		const defaulted = compiledOnce((db: Kysely<DB>, email: string, name = 'Ana') =>
			db.selectFrom('users').select('name').where('email', '=', email).where('name', '=', name)
		);
		await expect(defaulted(database.db, 'ana@example.com', 'Bahar')).rejects.toThrow(
			/1 arguments expected, 2 given/
		);
	});
});
