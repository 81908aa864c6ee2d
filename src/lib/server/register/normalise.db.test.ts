// The search column, the duplicate keys and the queries are computed by SQL functions and by
// their TypeScript mirror; they must agree on every string, on both engines. 0021 rewrote the
// functions for speed: they must still give exactly what 0020's did, or stored values drift.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/connect';
import { emailKey, normalise, phoneDigits, phoneKey } from '$lib/register/normalise';
import { testDatabase, testEngine } from '$lib/server/testing/db';

let database: Database;
beforeAll(async () => {
	database = await testDatabase();
});
afterAll(() => database.close());

// Characters the rules treat specially, mixed with ordinary ones.
const alphabet = [
	...'aAzZ09 @.+-_%\\\t\n\r',
	...'يىكةۀأإآٱؤیکهاو',
	...'۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩',
	'\u200c',
	'\u200d',
	'\u200e',
	'\u202e',
	'\u2067',
	'\ufeff',
	'\u00ad',
	'\u0640',
	'\u064e',
	'\u0670',
	'\u00a0',
	'\u2003',
	'\u3000',
	'É',
	'ß',
	'م',
	'ن'
];
const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((a) => a.join(''));

it(`TypeScript and SQL normalise identically (${testEngine()})`, async () => {
	const samples = fc.sample(text, 400);
	samples.push('  كريم  علي‌زاده ', '۰۹۱۲ ۱۲۳ ۴۵۶۷', 'Sara@Example.COM');
	const { rows } = await sql<{
		s: string;
		n: string;
		d: string;
		p: string | null;
		e: string | null;
	}>`
		select s, register_normalise(s) as n, register_phone_digits(s) as d,
		       register_phone_key(s) as p, register_email_key(s) as e
		from unnest(${samples}::text[]) as s`.execute(database.db);
	expect(rows).toHaveLength(samples.length);
	for (const r of rows) {
		expect(r.n, JSON.stringify(r.s)).toBe(normalise(r.s));
		expect(r.d, JSON.stringify(r.s)).toBe(phoneDigits(r.s));
		expect(r.p, JSON.stringify(r.s)).toBe(phoneKey(r.s));
		expect(r.e, JSON.stringify(r.s)).toBe(emailKey(r.s));
	}
});

it(`0021's functions give exactly 0020's results (${testEngine()})`, async () => {
	// 0020's definitions, loaded again under other names.
	const original = readFileSync('migrations/0020_register.sql', 'utf8')
		.split('\n\n')
		.map((block) => block.replace(/^(--.*\n)+/, ''))
		.filter((block) => block.startsWith('create function'));
	expect(original).toHaveLength(6);
	for (const block of original)
		await sql.raw(block.replace(/\bregister_/g, 'old_register_')).execute(database.db);

	const samples = fc.sample(fc.tuple(text, text, text, text), 300);
	samples.push(
		['  كيمياي  ', ' A@B.com ', '۰۹۱۲ ۱۲۳', ''],
		['', '', '', ''],
		['x', ' ', '  ', 'قم ']
	);
	const column = (i: number) => samples.map((s) => s[i] as string);
	const { rows } = await sql<{ same: boolean; n: string }>`
		select n,
			register_normalise(n) = old_register_normalise(n)
			and register_phone_digits(p) = old_register_phone_digits(p)
			and register_phone_key(p) is not distinct from old_register_phone_key(p)
			and register_email_key(e) is not distinct from old_register_email_key(e)
			and register_sort_key(n) = old_register_sort_key(n)
			and register_search_text(n, nullif(e, ''), nullif(p, ''), nullif(c, ''))
				= old_register_search_text(n, nullif(e, ''), nullif(p, ''), nullif(c, '')) as same
		from unnest(${column(0)}::text[], ${column(1)}::text[], ${column(2)}::text[], ${column(3)}::text[])
			as t(n, e, p, c)`.execute(database.db);
	expect(rows).toHaveLength(samples.length);
	expect(rows.filter((r) => !r.same).map((r) => r.n)).toEqual([]);
});
