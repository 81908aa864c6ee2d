// One member's large import must not starve everyone else. The embedded engine is one session
// shared by every tenant: an import used to hold it in one transaction for the whole file, and
// other tenants' pages and logins waited for it (minutes for 50 MB). Now a check and an import
// run in slices, so a page asked for during an import is answered between two of its batches;
// a check that writes nothing counts exactly what the import then does; and the embedded
// engine refuses a file over its limit with a translated message, storing nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogues } from '$lib/i18n/catalogue';
import { translate } from '$lib/i18n/translate';
import type { DuplicatePolicy } from '$lib/register/fields';
import type { Database } from '$lib/server/db/connect';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { list, parseListQuery } from '../list';
import * as service from '../service';
import { input, seedOrganisation } from '../test-fixtures';
import * as files from './files';
import { engineOf, runImport } from './run';
import type { ImportSummary } from './summary';

const engine = testEngine();
let database: Database;
beforeAll(async () => {
	database = await testDatabase();
});
afterAll(() => database.close());

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
	return new ReadableStream({
		start(controller) {
			controller.enqueue(bytes);
			controller.close();
		}
	});
}

async function upload(orgId: string, userId: string, csv: string) {
	const bytes = new TextEncoder().encode(csv);
	const stored = await files.store(database.db, orgId, userId, 'big.csv', streamOf(bytes), 'auto');
	if (!stored.ok) throw new Error(stored.error);
	return (await files.find(database.db, orgId, stored.id)) as files.ImportRecord;
}

async function customerNames(orgId: string) {
	const page = await list(database.db, orgId, parseListQuery(new URLSearchParams()));
	return page.items.map((c) => c.name);
}

/** `rows` customers; every 7th repeats the email of the row 600 before it, every 11th the phone
 * of the row 900 before it (so duplicates reach back across batches), a few are invalid, and
 * rows 5 and 1,200 have the email and phone of the register's one customer. */
function csv(rows: number): string {
	const lines = ['name,email,phone'];
	for (let i = 1; i <= rows; i++) {
		let email = `c${i}@example.com`;
		let phone = `+98 912 ${String(1_000_000 + i).slice(1)}`;
		if (i % 7 === 0 && i > 600) email = `c${i - 600}@example.com`;
		if (i % 11 === 0 && i > 900) phone = `+98 912 ${String(1_000_000 + i - 900).slice(1)}`;
		if (i === 5) email = 'known@example.com';
		if (i === 1200) phone = '0912 555 0000';
		const name = i % 250 === 0 ? '' : `Customer ${i}`;
		lines.push(`${name},${email},${phone}`);
	}
	return lines.join('\n');
}

const counts = (s: ImportSummary) => {
	const { dryRun: _d, applied: _a, ...rest } = s;
	return rest;
};

describe(`an import beside other tenants (${engine})`, () => {
	it('answers another tenant’s page between two batches of a check and of an import', async () => {
		const big = await seedOrganisation(database.db, 'Big Import Co');
		const other = await seedOrganisation(database.db, 'Other Tenant Co');
		await service.create(database.db, other.orgId, input({ name: 'Neighbour' }), other.userId);
		const imp = await upload(big.orgId, big.userId, csv(3_000));
		const options = { mapping: ['name', 'email', 'phone'], policy: 'skip' as const, atomic: false };

		for (const dryRun of [true, false]) {
			const events: string[] = [];
			let page: Promise<void> | undefined;
			const summary = await runImport(database.db, imp, options, {
				userId: big.userId,
				dryRun,
				...engineOf(database),
				onProgress: (p) => {
					events.push(`batch done at row ${p.rows}`);
					// The other tenant opens its register while the first batch has just been done:
					// a page runs its queries one after another (here three).
					page ??= (async () => {
						for (let i = 0; i < 3; i++)
							expect(await customerNames(other.orgId)).toEqual(['Neighbour']);
						events.push('page answered');
					})();
				}
			});
			events.push('import finished');
			await page;
			expect(summary).toMatchObject({ applied: !dryRun, rows: 3_000 });
			const answered = events.indexOf('page answered');
			const finished = events.indexOf('import finished');
			expect(answered).toBeGreaterThan(0);
			expect(answered).toBeLessThan(finished);
			// On the embedded engine the page waits for the session: all its queries were served
			// right after the batch it was asked during, before the import's next one. (Before,
			// it waited for the whole file's transaction, after every batch; with slices alone,
			// each of its queries waited for one more batch.) PostgreSQL gives it its own
			// connection.
			if (engine === 'pglite') expect(events[answered - 1]).toBe(events[0]);
			expect(events.filter((e) => e.startsWith('batch done')).length).toBeGreaterThan(2);
		}
	});

	it.each<DuplicatePolicy>(['skip', 'update', 'create'])(
		'a check counts exactly what the import then does, duplicates across batches included (%s)',
		async (policy) => {
			const org = await seedOrganisation(database.db, `Counts ${policy} Co`);
			await service.create(
				database.db,
				org.orgId,
				input({ name: 'Known', email: 'known@example.com', phone: '0912 555 0000' }),
				org.userId
			);
			const imp = await upload(org.orgId, org.userId, csv(2_400));
			const options = { mapping: ['name', 'email', 'phone'], policy, atomic: false };
			const ctx = { userId: org.userId, ...engineOf(database) };
			const check = await runImport(database.db, imp, options, { ...ctx, dryRun: true });
			expect(await customerNames(org.orgId)).toEqual(['Known']);
			const run = await runImport(database.db, imp, options, { ...ctx, dryRun: false });
			expect(run.applied).toBe(true);
			expect(counts(check)).toEqual(counts(run));
			// By hand: 2,400 rows, 9 without a name (every 250th). Row 5 has the register
			// customer's email and row 1,200 its phone; under "update", row 5 gives that customer
			// its own phone first, so row 1,200 no longer matches it and is new.
			expect(check).toMatchObject({ rows: 2_400, valid: 2_391, invalid: 9 });
			expect(check.duplicatesInRegister).toBe(policy === 'update' ? 1 : 2);
			expect(check.duplicatesInFile).toBeGreaterThan(300);
		}
	);

	it('refuses a file over the embedded engine’s limit, in both languages, storing nothing', async () => {
		const org = await seedOrganisation(database.db, 'Huge File Co');
		const limit = files.uploadLimit('pglite');
		expect(limit.bytes).toBe(25 * 1024 * 1024);
		const piece = new TextEncoder().encode(`name\n${'x'.repeat(files.CHUNK_BYTES - 6)}\n`);
		let sent = 0;
		const stream = new ReadableStream<Uint8Array>({
			pull(controller) {
				if (sent > limit.bytes) return controller.close();
				sent += piece.byteLength;
				controller.enqueue(piece);
			}
		});
		const stored = await files.store(
			database.db,
			org.orgId,
			org.userId,
			'huge.csv',
			stream,
			'auto',
			limit.bytes
		);
		expect(stored).toEqual({ ok: false, error: 'too_large' });
		expect(await files.recent(database.db, org.orgId)).toEqual([]);

		// A file stored before the limit (or under another engine) is refused before any work.
		const small = await upload(org.orgId, org.userId, 'name\nKimia\n');
		const summary = await runImport(
			database.db,
			{ ...small, byte_size: limit.bytes + 1 },
			{ mapping: ['name'], policy: 'skip', atomic: true },
			{ userId: org.userId, dryRun: false, engine: 'pglite' }
		);
		expect(summary).toMatchObject({ applied: false, rows: 0 });
		expect(summary.fileError?.key).toBe(limit.key);
		expect(await customerNames(org.orgId)).toEqual([]);
		expect((await files.find(database.db, org.orgId, small.id))?.status).toBe('failed');

		const en = translate('en', catalogues.en, limit.key);
		const fa = translate('fa', catalogues.fa, limit.key);
		expect(en).toContain('25 MB');
		expect(en).toContain('Nothing was imported');
		expect(fa).toContain('۲۵ مگابایت');
		expect(fa).toContain('چیزی وارد نشد');
	});
});
