// Imports of real-world bad files, on both engines: each gives the expected report, and a
// file that is refused leaves the register exactly as it was.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuplicatePolicy } from '$lib/register/fields';
import type { Database } from '$lib/server/db/connect';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { list, parseListQuery } from '../list';
import * as service from '../service';
import { input, seedOrganisation } from '../test-fixtures';
import * as files from './files';
import { preview } from './preview';
import { listIssues, reportCsv } from './report';
import { engineOf, runImport } from './run';

let database: Database;
beforeAll(async () => {
	database = await testDatabase();
});
afterAll(() => database.close());

const fixture = (name: string) => readFileSync(`src/lib/server/register/fixtures/${name}`);

function streamOf(bytes: Uint8Array, size = 64): ReadableStream<Uint8Array> {
	let i = 0;
	return new ReadableStream({
		pull(controller) {
			if (i >= bytes.length) return controller.close();
			controller.enqueue(bytes.slice(i, (i += size)));
		}
	});
}

interface Run {
	policy?: DuplicatePolicy;
	atomic?: boolean;
	dryRun?: boolean;
	mapping?: (string | null)[];
}

async function upload(orgId: string, userId: string, bytes: Uint8Array, name = 'file.csv') {
	const stored = await files.store(database.db, orgId, userId, name, streamOf(bytes), 'auto');
	if (!stored.ok) throw new Error(stored.error);
	return (await files.find(database.db, orgId, stored.id)) as files.ImportRecord;
}

async function importBytes(
	org: { orgId: string; userId: string },
	bytes: Uint8Array,
	run: Run = {}
) {
	const imp = await upload(org.orgId, org.userId, bytes);
	const shown = await preview(database.db, imp);
	const summary = await runImport(
		database.db,
		imp,
		{
			mapping: run.mapping ?? shown.suggestion,
			policy: run.policy ?? 'skip',
			atomic: run.atomic ?? true
		},
		{ userId: org.userId, dryRun: run.dryRun ?? false, ...engineOf(database) }
	);
	return { imp, shown, summary };
}

async function customers(orgId: string, q = '') {
	const page = await list(database.db, orgId, parseListQuery(new URLSearchParams({ q })));
	return page.items;
}

describe(`CSV import (${testEngine()})`, () => {
	it('reads a UTF-8 file with a byte-order mark and Persian headers, digits and separators', async () => {
		const org = await seedOrganisation(database.db, 'BOM Co');
		const { imp, shown, summary } = await importBytes(org, fixture('utf8-bom-persian.csv'));
		expect(imp.encoding).toBe('utf-8');
		expect(shown.headers[0]).toBe('نام');
		expect(shown.suggestion).toEqual([
			'name',
			'kind',
			'email',
			'phone',
			'city',
			'annual_value',
			'tags'
		]);
		expect(summary).toMatchObject({ applied: true, rows: 3, created: 3, invalid: 0, issues: 0 });
		const [pars] = await customers(org.orgId, 'پارس');
		expect(pars).toMatchObject({
			kind: 'company',
			annual_value: '4500000.00',
			tags: ['ویژه', 'عمده‌فروشی']
		});
		const [kimia] = await customers(org.orgId, '09123456789');
		expect(kimia).toMatchObject({ name: 'کیمیا مهرآفرین', annual_value: '1200000.00' });
	});

	it('detects a Windows-1256 file; its Arabic ي and ك are found by Persian searches', async () => {
		const org = await seedOrganisation(database.db, '1256 Co');
		const { imp, summary } = await importBytes(org, fixture('windows-1256.csv'));
		expect(imp.encoding).toBe('windows-1256');
		expect(summary).toMatchObject({ applied: true, created: 2 });
		expect((await customers(org.orgId, 'علی کریمی')).map((c) => c.name)).toEqual(['علي كريمي']);
		expect((await customers(org.orgId, 'کرج')).map((c) => c.city)).toEqual(['كرج']);
	});

	it('keeps quoted line breaks, commas and quotes inside their cells', async () => {
		const org = await seedOrganisation(database.db, 'Quotes Co');
		const { summary } = await importBytes(org, fixture('quoted-newlines.csv'));
		expect(summary).toMatchObject({ applied: true, rows: 2, created: 2 });
		const [acme] = await customers(org.orgId, 'acme');
		expect(acme?.name).toBe('Acme, Trading');
		expect(acme?.notes).toBe('First line\nsecond line, with a comma\nand a "quoted" word');
	});

	it('refuses a 5,000-character note with the row and column, importing nothing', async () => {
		const org = await seedOrganisation(database.db, 'Long Co');
		const long = 'ب'.repeat(5000);
		const csv = `name,notes\nShort,fine\nLong,"${long}"\n`;
		const { imp, summary } = await importBytes(org, new TextEncoder().encode(csv));
		expect(summary).toMatchObject({ applied: false, rows: 2, valid: 1, invalid: 1, issues: 1 });
		expect(await listIssues(database.db, imp.id, 10)).toEqual([
			expect.objectContaining({
				row_number: 3,
				field: 'notes',
				column_name: 'notes',
				message: 'errors.too_long',
				params: { max: 4000 }
			})
		]);
		expect(await customers(org.orgId)).toEqual([]);
	});

	it('refuses a file without a name column before reading any row', async () => {
		const org = await seedOrganisation(database.db, 'Missing Co');
		const { summary } = await importBytes(org, fixture('missing-name.csv'));
		expect(summary.fileError).toEqual({ key: 'register.import.errors.missing_name', params: {} });
		expect(summary).toMatchObject({ applied: false, rows: 0 });
		expect(await customers(org.orgId)).toEqual([]);
	});

	it('reports every bad row by row number; all-or-nothing imports none of them', async () => {
		const org = await seedOrganisation(database.db, 'Bad Rows Co');
		const { imp, summary } = await importBytes(org, fixture('bad-rows.csv'));
		expect(summary).toMatchObject({ applied: false, rows: 5, valid: 1, invalid: 4, issues: 5 });
		const issues = await listIssues(database.db, imp.id, 20);
		expect(issues.map((i) => [i.row_number, i.field, i.message])).toEqual([
			[3, 'name', 'errors.required'],
			[4, 'email', 'errors.invalid_email'],
			[5, 'annual_value', 'register.errors.amount'],
			[6, 'channel', 'register.errors.channel'],
			[6, 'consent_at', 'register.errors.date']
		]);
		expect(await customers(org.orgId)).toEqual([]);

		// The report is a CSV in the user's language, with the offending values neutralised.
		let report = '';
		for await (const part of reportCsv(database.db, imp.id, summary, 'fa')) report += part;
		expect(report.startsWith('\ufeff')).toBe(true);
		expect(report).toContain("5,annual_value,'-50,");
		expect(report.split('\r\n')[0]).toMatch(/ردیف/);

		// Choosing "import the valid rows" imports the one good row and still reports the rest.
		const again = await runImport(
			database.db,
			imp,
			{
				mapping: ['name', 'email', 'annual_value', 'consent_at', 'channel'],
				policy: 'skip',
				atomic: false
			},
			{ userId: org.userId, dryRun: false, ...engineOf(database) }
		);
		expect(again).toMatchObject({ applied: true, created: 1, invalid: 4 });
		expect((await customers(org.orgId)).map((c) => c.name)).toEqual(['Good One']);
	});

	it('finds duplicates inside the file and against the register, by email and phone', async () => {
		const org = await seedOrganisation(database.db, 'Dupes Co');
		const existing = await service.create(
			database.db,
			org.orgId,
			input({ name: 'Already Here', phone: '0912 555 0000', city: 'Qom' }),
			org.userId
		);
		const bytes = fixture('duplicates.csv');

		const check = await importBytes(org, bytes, { dryRun: true });
		expect(check.summary).toMatchObject({
			dryRun: true,
			applied: false,
			rows: 5,
			created: 2,
			skipped: 3,
			duplicatesInFile: 2,
			duplicatesInRegister: 1
		});
		expect(check.summary.duplicates).toEqual([
			{ row: 4, name: 'Alpha Again', matched: 'Alpha One', by: 'email', inFile: true },
			{ row: 5, name: 'Existing By Phone', matched: 'Already Here', by: 'phone', inFile: false },
			{ row: 6, name: 'Beta By Phone', matched: 'Beta Two', by: 'phone', inFile: true }
		]);
		expect((await customers(org.orgId)).map((c) => c.name)).toEqual(['Already Here']);

		// "Update": later rows fill in the customer they duplicate; empty cells change nothing.
		const update = await importBytes(org, bytes, { policy: 'update' });
		expect(update.summary).toMatchObject({ applied: true, created: 2, updated: 3, skipped: 0 });
		expect((await customers(org.orgId)).map((c) => c.name).sort()).toEqual([
			'Alpha Again',
			'Beta By Phone',
			'Existing By Phone'
		]);
		const updated = (await customers(org.orgId, 'existing'))[0];
		expect(updated).toMatchObject({ id: existing.ok ? existing.id : '', city: 'Qom', version: 2 });
		expect(updated?.phone).toBe('+98 912 555 0000');

		// "Create": every row becomes a customer, duplicates included.
		const org2 = await seedOrganisation(database.db, 'Dupes Create Co');
		const created = await importBytes(org2, bytes, { policy: 'create' });
		expect(created.summary).toMatchObject({ applied: true, created: 5, duplicatesInFile: 2 });
	});

	it('stores a formula as plain text; the CSV report and export neutralise it', async () => {
		const org = await seedOrganisation(database.db, 'Formula Co');
		const { summary } = await importBytes(org, fixture('formula.csv'));
		expect(summary).toMatchObject({ applied: true, created: 2 });
		const names = (await customers(org.orgId)).map((c) => c.name).sort();
		expect(names).toEqual(['-Minus Trading', '=HYPERLINK("http://evil.example","click")']);
		const [evil] = await customers(org.orgId, 'hyperlink');
		expect(evil).toMatchObject({ phone: '+98 912 777 0000', notes: '@SUM(A1)' });
	});

	it('checks without writing, and applies a file only once', async () => {
		const org = await seedOrganisation(database.db, 'Once Co');
		const imp = await upload(org.orgId, org.userId, fixture('quoted-newlines.csv'));
		const options = { mapping: ['name', 'email', 'notes'], policy: 'skip' as const, atomic: true };
		const ctx = { userId: org.userId, dryRun: false, ...engineOf(database) };
		const [a, b] = await Promise.all([
			runImport(database.db, imp, options, ctx),
			runImport(database.db, imp, options, ctx)
		]);
		expect([a.applied, b.applied].sort()).toEqual([false, true]);
		expect((a.applied ? b : a).fileError?.key).toBe('register.import.errors.not_ready');
		expect(await customers(org.orgId)).toHaveLength(2);
		expect((await files.find(database.db, org.orgId, imp.id))?.status).toBe('imported');
	});

	it('keeps one organisation’s imports away from another', async () => {
		const a = await seedOrganisation(database.db, 'Imp A');
		const b = await seedOrganisation(database.db, 'Imp B');
		const imp = await upload(a.orgId, a.userId, fixture('quoted-newlines.csv'));
		expect(await files.find(database.db, b.orgId, imp.id)).toBeUndefined();
		expect(await files.append(database.db, b.orgId, imp.id, 0, new Uint8Array(1))).toBe(
			'not_found'
		);
		await files.discard(database.db, b.orgId, imp.id);
		expect(await files.find(database.db, a.orgId, imp.id)).toBeDefined();
	});
});
