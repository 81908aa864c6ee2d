// The organisation export and import pages through HTTP, against the production build: only an
// owner downloads the export; the import page takes the file (plain or gzipped, as the page's
// script sends it) and creates a new organisation; a bad file is refused whole.
import { createGzip, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { Client, createOrganisation, signUp } from './client';

const engine = inject('engine');

/** 250 MB of zeros, gzipped (about 250 KB). */
async function gzipBomb(): Promise<Buffer> {
	const gzip = createGzip({ level: 9 });
	const out: Buffer[] = [];
	gzip.on('data', (c: Buffer) => out.push(c));
	const done = new Promise((r) => gzip.on('end', r));
	const zeros = Buffer.alloc(1024 * 1024);
	for (let i = 0; i < 250; i++)
		if (!gzip.write(zeros)) await new Promise((r) => gzip.once('drain', r));
	gzip.end();
	await done;
	return Buffer.concat(out);
}

function upload(text: string | Uint8Array, name = '', fileName = 'export.json') {
	const form = new FormData();
	form.append('file', new Blob([text as BlobPart]), fileName);
	form.append('name', name);
	return form;
}

describe(`organisation export and import over HTTP (${engine})`, () => {
	let owner: Client;
	let orgId: string;
	let file: string;
	beforeAll(async () => {
		owner = new Client();
		await signUp(owner, 'Export Owner');
		orgId = await createOrganisation(owner, 'صادرات پارسیان');
		await owner.action(`/orgs/${orgId}/register/new?/create`, {
			name: 'شرکت کیمیا',
			kind: 'company',
			email: 'hello@kimia.example'
		});
	});

	it('lets the owner download the organisation as a JSON attachment', async () => {
		const res = await owner.get(`/orgs/${orgId}/settings/export.json`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^application\/json/);
		expect(res.headers.get('content-disposition')).toContain(
			`filename*=UTF-8''crm-readiness-${encodeURIComponent('صادرات-پارسیان')}-`
		);
		file = await res.text();
		const doc = JSON.parse(file);
		expect(doc).toMatchObject({
			format: 'crm-readiness/organisation',
			version: 1,
			organisation: { name: 'صادرات پارسیان' },
			register: { customers: [{ name: 'شرکت کیمیا' }] }
		});
		expect(file).not.toContain('Export Owner');
	});

	it('refuses the download to a consultant (403) and to another organisation (404)', async () => {
		const invite = await owner.action(`/orgs/${orgId}/settings?/invite`, { role: 'consultant' });
		const token = JSON.stringify(invite.data).match(/\/invite\/([A-Za-z0-9_-]+)/)?.[1];
		const consultant = new Client();
		await signUp(consultant, 'Export Consultant');
		await consultant.action(`/invite/${token}`);
		expect((await consultant.get(`/orgs/${orgId}`)).status).toBe(200);
		expect((await consultant.get(`/orgs/${orgId}/settings/export.json`)).status).toBe(403);
		const stranger = new Client();
		await signUp(stranger, 'Stranger');
		expect((await stranger.get(`/orgs/${orgId}/settings/export.json`)).status).toBe(404);
	});

	it('imports the gzipped file as a new organisation that only the importer can see', async () => {
		const importer = new Client();
		await signUp(importer, 'Importer');
		const res = await importer.action(
			'/orgs/import?/import',
			upload(gzipSync(file), 'نسخهٔ درون‌ریزی‌شده', 'export.json.gz')
		);
		expect(res.type, JSON.stringify(res)).toBe('redirect');
		const newOrg = res.location?.split('/')[2]?.split('?')[0];
		expect(newOrg).toMatch(/^[0-9a-f-]{36}$/);
		expect(newOrg).not.toBe(orgId);
		const register = await (await importer.get(`/orgs/${newOrg}/register`)).text();
		expect(register).toContain('شرکت کیمیا');
		const home = await (await importer.get(`/orgs/${newOrg}`)).text();
		expect(home).toContain('نسخهٔ درون‌ریزی‌شده');
		expect((await owner.get(`/orgs/${newOrg}`)).status).toBe(404);
	});

	it('refuses a truncated or edited file with a message, creating nothing', async () => {
		const importer = new Client();
		await signUp(importer, 'Careful Importer');
		const edited = file.replace('شرکت کیمیا', 'شرکت دیگر');
		for (const [text, key] of [
			[file.slice(0, file.length >> 1), 'portability.errors.not_json'],
			[edited, 'portability.errors.integrity'],
			['', 'portability.errors.no_file']
		] as const) {
			const res = await importer.action('/orgs/import?/import', upload(text));
			expect(res.status, key).toBe(400);
			expect(JSON.stringify(res.data)).toContain(key);
		}
		const list = await (await importer.get('/orgs')).text();
		expect(list).not.toContain('صادرات پارسیان');
	});

	it('refuses a 250 KB gzip bomb early with a translated message, six at once included', async () => {
		const bomb = await gzipBomb();
		expect(bomb.length).toBeLessThan(300 * 1024);
		const importer = new Client();
		await signUp(importer, 'Bomb Importer');
		const res = await importer.request('POST', '/orgs/import?/import', {
			body: upload(bomb, 'Zeroes Co', 'export.json.gz'),
			headers: {}
		});
		expect(res.status).toBe(413);
		// The page answers in the account's language, with the limit and the command to use.
		expect(await res.text()).toMatch(/unpacks to more than \d+ MB.*npm run org:import/s);
		// Six in parallel: each is refused (too large) or told the server is busy; never a 500.
		const six = await Promise.all(
			Array.from({ length: 6 }, () =>
				importer.action('/orgs/import?/import', upload(bomb, 'Zeroes Co', 'export.json.gz'))
			)
		);
		for (const r of six) expect([413, 429], JSON.stringify(r.data)).toContain(r.status);
		expect(JSON.stringify(six.map((r) => r.data))).toMatch(/inflated_too_large/);
		expect((await importer.get('/healthz')).status).toBe(200);
		const list = await (await importer.get('/orgs')).text();
		expect(list).not.toContain('Zeroes Co');
	});
});
