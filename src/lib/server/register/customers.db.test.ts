import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/connect';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import * as customers from './customers';
import * as entries from './entries';
import { count, COUNT_CAP, list, parseListQuery, PAGE_SIZE } from './list';
import * as service from './service';
import { input, seedOrganisation } from './test-fixtures';

let database: Database;
beforeAll(async () => {
	database = await testDatabase();
});
afterAll(() => database.close());

async function add(orgId: string, userId: string, fields: Record<string, string> = {}) {
	const r = await service.create(database.db, orgId, input(fields), userId);
	if (!r.ok) throw new Error(JSON.stringify(r.errors));
	return r.id;
}

const names = (items: { name: string }[]) => items.map((c) => c.name);
const query = (params: Record<string, string>) => parseListQuery(new URLSearchParams(params));

describe(`customer register (${testEngine()})`, () => {
	it('finds a customer by every Persian/Arabic letter, ZWNJ and digit variant', async () => {
		const { orgId, userId } = await seedOrganisation(database.db, 'Search Co');
		const id = await add(orgId, userId, {
			name: 'کیمیای مهرآفرین‌زاده',
			email: 'Kimia@Example.com',
			phone: '۰۹۱۲ ۳۴۵ ۶۷۸۹',
			city: 'تهران'
		});
		await add(orgId, userId, { name: 'Someone Else', city: 'Shiraz', phone: '021 5555 0000' });
		const variants = [
			'كيمياي', // Arabic kaf and yeh
			'کیمیای',
			'مهرافرین', // alef without madda
			'مهرآفرینزاده', // without ZWNJ
			'مهرآفرین‌زاده', // with ZWNJ
			'مهرآفرين زاده'.split(' ')[0] as string, // Arabic yeh inside a word
			'kimia@example', // email, any case
			'KIMIA',
			'09123456789', // Latin digits
			'۰۹۱۲۳۴۵۶۷۸۹', // Persian digits
			'٠٩١٢٣٤٥٦٧٨٩', // Arabic-Indic digits
			'0912 345 6789', // spaced like the stored number
			'+98 912 345 6789', // the international form
			'0098-912-345-6789',
			'طهران'.replace('ط', 'ت'), // the city
			'تهران كيمياي' // two words, in two fields
		];
		for (const q of variants) {
			const page = await list(database.db, orgId, query({ q }));
			expect(
				page.items.map((c) => c.id),
				q
			).toEqual([id]);
		}
		expect((await list(database.db, orgId, query({ q: 'کیمیای شیراز' }))).items).toEqual([]);
		// Too short for a trigram: one or two letters match the start of the name.
		expect((await list(database.db, orgId, query({ q: 'كي' }))).items.map((c) => c.id)).toEqual([
			id
		]);
		expect((await list(database.db, orgId, query({ q: 'so' }))).items.map((c) => c.name)).toEqual([
			'Someone Else'
		]);
		expect((await list(database.db, orgId, query({ q: 'مه' }))).items).toEqual([]);
		expect((await list(database.db, orgId, query({ q: '%' }))).items).toEqual([]);
	});

	it('serves a search from the trigram index', async () => {
		const { orgId } = await seedOrganisation(database.db, 'Plan Co');
		await sql`insert into customers (organisation_id, name, city)
			select ${orgId}, 'مشتری ' || md5(i::text), 'شهر ' || (i % 50)
			from generate_series(1, 3000) as i`.execute(database.db);
		// As autovacuum would: move the bulk insert out of the GIN pending list, gather statistics.
		await sql`vacuum analyze customers`.execute(database.db);
		const plan = await database.db.transaction().execute(async (trx) => {
			// Small tables are cheaper to scan whole; forbid that to see what the index can serve.
			await sql`set local enable_seqscan = off`.execute(trx);
			const { rows } = await sql<{ 'QUERY PLAN': string }>`explain select id from customers c
				where c.organisation_id = ${orgId} and c.archived_at is null
				and c.search like ${'%' + createHash('md5').update('2999').digest('hex').slice(0, 8) + '%'}`.execute(
				trx
			);
			return rows.map((r) => r['QUERY PLAN']).join('\n');
		});
		expect(plan).toContain('customers_search_trgm_idx');
	});

	it('pages by keyset without repeating or skipping rows when others insert', async () => {
		const { orgId, userId } = await seedOrganisation(database.db, 'Pages Co');
		const letters = 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی';
		const originals: string[] = [];
		for (let i = 0; i < PAGE_SIZE * 2 + 10; i++)
			originals.push(
				await add(orgId, userId, {
					name: `${letters[i % letters.length]} مشتری ${String(i).padStart(3, '0')}`,
					annual_value: String((i * 37) % 101)
				})
			);
		for (const sort of ['name', 'recent', 'value'] as const) {
			const seen: string[] = [];
			let page = await list(database.db, orgId, query({ sort }));
			seen.push(...page.items.map((c) => c.id));
			// Someone adds customers that sort before and after the cursor, mid-way.
			await add(orgId, userId, { name: 'آ اول', annual_value: '1000' });
			await add(orgId, userId, { name: 'ی آخر', annual_value: '0' });
			while (page.next) {
				page = await list(database.db, orgId, query({ sort, after: page.next }));
				seen.push(...page.items.map((c) => c.id));
			}
			// No row twice, and every row that existed before the first page exactly once.
			expect(new Set(seen).size, sort).toBe(seen.length);
			expect(
				originals.filter((id) => !seen.includes(id)),
				sort
			).toEqual([]);
			expect(seen.length, sort).toBeLessThanOrEqual(await count(database.db, orgId, query({})));
		}
	});

	it('sorts names in Persian alphabetical order and pages back', async () => {
		const { orgId, userId } = await seedOrganisation(database.db, 'Order Co');
		for (const name of ['ی', 'گ', 'ک', 'پ', 'ب', 'آ', 'چ', 'Zed', 'adam'])
			await add(orgId, userId, { name });
		const page = await list(database.db, orgId, query({}));
		expect(names(page.items)).toEqual(['adam', 'Zed', 'آ', 'ب', 'پ', 'چ', 'ک', 'گ', 'ی']);

		for (let i = 0; i < PAGE_SIZE; i++) await add(orgId, userId, { name: `x${i}` });
		const first = await list(database.db, orgId, query({ sort: 'recent' }));
		const second = await list(
			database.db,
			orgId,
			query({ sort: 'recent', after: first.next ?? '' })
		);
		expect(second.prev).not.toBeNull();
		const back = await list(
			database.db,
			orgId,
			query({ sort: 'recent', before: second.prev ?? '' })
		);
		expect(back.items.map((c) => c.id)).toEqual(first.items.map((c) => c.id));
		expect(back.prev).toBeNull();
	});

	it('filters by tier, tag, channel, owner and satisfaction', async () => {
		const { orgId, userId } = await seedOrganisation(database.db, 'Filter Co');
		const gold = await add(orgId, userId, {
			name: 'Gold',
			tier: 'طلايي',
			tags: 'عمده، vip',
			channel: 'in person',
			owner: userId
		});
		const plain = await add(orgId, userId, { name: 'Plain', tier: 'برنزی', channel: 'email' });
		await entries.addSatisfaction(database.db, orgId, gold, userId, {
			measured_on: '2026-01-10',
			expectation: 3,
			performance: 5,
			note: null
		});
		const ids = async (p: Record<string, string>) =>
			(await list(database.db, orgId, query(p))).items.map((c) => c.id);
		expect(await ids({ tier: 'طلایی' })).toEqual([gold]);
		expect(await ids({ tag: 'عمده' })).toEqual([gold]);
		expect(await ids({ channel: 'email' })).toEqual([plain]);
		expect(await ids({ owner: userId })).toEqual([gold]);
		expect(await ids({ owner: 'none' })).toEqual([plain]);
		expect(await ids({ satisfaction: 'delighted' })).toEqual([gold]);
		expect(await ids({ satisfaction: 'none' })).toEqual([plain]);
		expect(await ids({ satisfaction: 'bogus', channel: 'pigeon' })).toHaveLength(2);
	});

	it('archives and restores without destroying anything', async () => {
		const { orgId, userId } = await seedOrganisation(database.db, 'Archive Co');
		const id = await add(orgId, userId, { name: 'Leaving Ltd' });
		await entries.addInteraction(database.db, orgId, id, userId, {
			occurred_on: '2026-02-01',
			channel: 'phone',
			summary: 'Called about renewal'
		});
		expect(await customers.setArchived(database.db, orgId, id, true)).toBe(true);
		expect(names((await list(database.db, orgId, query({}))).items)).toEqual([]);
		expect(names((await list(database.db, orgId, query({ archived: '1' }))).items)).toEqual([
			'Leaving Ltd'
		]);
		expect(await customers.setArchived(database.db, orgId, id, false)).toBe(true);
		expect(names((await list(database.db, orgId, query({}))).items)).toEqual(['Leaving Ltd']);
		expect(await entries.listInteractions(database.db, orgId, id)).toHaveLength(1);
	});

	it('refuses an edit based on a version someone else already changed', async () => {
		const { orgId, userId } = await seedOrganisation(database.db, 'Edit Co');
		const id = await add(orgId, userId, { name: 'Original' });
		const read = await customers.find(database.db, orgId, id);
		const v = read?.version ?? 0;
		// Two people opened the form at version v; both save.
		const [a, b] = await Promise.all([
			service.edit(database.db, orgId, id, v, input({ name: 'First save' })),
			service.edit(database.db, orgId, id, v, input({ name: 'Second save' }))
		]);
		expect([a.ok, b.ok].sort()).toEqual([false, true]);
		const lost = a.ok ? b : a;
		expect(lost).toMatchObject({
			ok: false,
			status: 409,
			errors: { _form: { key: 'register.errors.conflict' } }
		});
		const after = await customers.find(database.db, orgId, id);
		expect(after?.version).toBe(v + 1);
		expect(['First save', 'Second save']).toContain(after?.name);
	});

	it('counts matches up to a cap, so counting stays fast at any size', async () => {
		const { orgId } = await seedOrganisation(database.db, 'Count Co');
		await sql`insert into customers (organisation_id, name)
			select ${orgId}, 'c' || i from generate_series(1, ${COUNT_CAP + 5}) as i`.execute(database.db);
		expect(await count(database.db, orgId, query({}))).toBe(COUNT_CAP + 1);
		expect(await count(database.db, orgId, query({ q: 'c1234' }))).toBe(1);
	});

	it('inserts many customers in one statement, nulls, quotes and tags intact', async () => {
		const { orgId, userId } = await seedOrganisation(database.db, 'Bulk Co');
		const values = [
			customers.toValues(
				input({ name: 'Full "Quoted", Ltd', tags: 'a, ب', annual_value: '12.5' }),
				userId
			),
			customers.toValues(input({ name: 'Bare' }), null)
		];
		await customers.insertMany(database.db, orgId, userId, null, values);
		const page = await list(database.db, orgId, query({}));
		expect(page.items.map((c) => [c.name, c.tags, c.annual_value, c.owner_id, c.consent])).toEqual([
			['Bare', [], null, null, false],
			['Full "Quoted", Ltd', ['a', 'ب'], '12.50', userId, false]
		]);
	});

	it('keeps every tenant’s customers invisible to every other tenant', async () => {
		const a = await seedOrganisation(database.db, 'Tenant A');
		const b = await seedOrganisation(database.db, 'Tenant B');
		const id = await add(a.orgId, a.userId, { name: 'Secret', email: 'secret@a.example' });
		expect(await customers.find(database.db, b.orgId, id)).toBeUndefined();
		expect((await list(database.db, b.orgId, query({ q: 'secret' }))).items).toEqual([]);
		expect(
			await service.edit(database.db, b.orgId, id, 1, input({ name: 'Stolen' }))
		).toMatchObject({
			ok: false,
			status: 404
		});
		expect(await customers.setArchived(database.db, b.orgId, id, true)).toBe(false);
		const entry = { occurred_on: '2026-01-01', channel: 'email' as const, summary: 'x' };
		expect(await entries.addInteraction(database.db, b.orgId, id, b.userId, entry)).toBe(false);
		expect(
			await entries.addSatisfaction(database.db, b.orgId, id, b.userId, {
				measured_on: '2026-01-01',
				expectation: 1,
				performance: 1,
				note: null
			})
		).toBe(false);
		expect(await entries.listInteractions(database.db, b.orgId, id)).toEqual([]);
		// An owner must be a member of the customer's organisation.
		expect(
			await service.create(database.db, a.orgId, input({ owner: b.email }), a.userId)
		).toMatchObject({ ok: false, errors: { owner: { key: 'register.errors.owner' } } });
		const kept = await customers.find(database.db, a.orgId, id);
		expect(kept).toMatchObject({ name: 'Secret', archived_at: null, version: 1 });
	});
});
