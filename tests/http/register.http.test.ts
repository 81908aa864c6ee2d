// The register's upload and export endpoints through HTTP, against the production build: a file
// arrives in ordered pieces and bad pieces are refused without touching it; the export opens
// in a spreadsheet with Persian intact and formulas neutralised; a viewer may read, not write.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { Client, createOrganisation, signUp } from './client';

const engine = inject('engine');
const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };
const BYTES = { 'content-type': 'application/octet-stream', accept: 'application/json' };

async function startUpload(client: Client, orgId: string): Promise<string> {
	const res = await client.request('POST', `/orgs/${orgId}/register/import/files`, {
		body: JSON.stringify({ name: 'مشتریان.csv', size: 100 }),
		headers: JSON_HEADERS
	});
	expect(res.status).toBe(201);
	return ((await res.json()) as { id: string }).id;
}

describe(`customer register over HTTP (${engine})`, () => {
	let client: Client;
	let orgId: string;
	beforeAll(async () => {
		client = new Client();
		await signUp(client, 'Register Owner');
		orgId = await createOrganisation(client, 'Register Ltd');
	});

	it('takes a file in ordered pieces and refuses empty, out-of-order and late pieces', async () => {
		const id = await startUpload(client, orgId);
		const file = `/orgs/${orgId}/register/import/${id}/file`;
		const put = (seq: number, body: string) =>
			client.request('PUT', `${file}?seq=${seq}`, { body, headers: BYTES });

		const empty = await put(0, '');
		expect(empty.status).toBe(400);
		expect(await empty.json()).toEqual({ message: 'errors.bad_request' });
		expect((await put(0, 'name,email\n')).status).toBe(200);
		const skipped = await put(2, 'Kimia,a@kimia.example\n');
		expect(skipped.status).toBe(409);
		const again = await put(0, 'name,email\n');
		expect(again.status).toBe(409);
		expect((await put(1, 'کیمیا,hello@kimia.example\n')).status).toBe(200);

		const done = await client.request('POST', file, {
			body: JSON.stringify({ encoding: 'auto' }),
			headers: JSON_HEADERS
		});
		expect(done.status).toBe(200);
		const late = await put(2, 'Late,late@example.com\n');
		expect(late.status).toBe(404);
		const twice = await client.request('POST', file, {
			body: JSON.stringify({ encoding: 'auto' }),
			headers: JSON_HEADERS
		});
		expect(twice.status).toBe(409);

		// The file is exactly the two accepted pieces: the preview shows its one row.
		const page = await (await client.get(`/orgs/${orgId}/register/import/${id}`)).text();
		expect(page).toContain('hello@kimia.example');
		expect(page).not.toContain('a@kimia.example');
		expect(page).not.toContain('late@example.com');
	});

	it('refuses a file announced larger than the limit before storing anything', async () => {
		const res = await client.request('POST', `/orgs/${orgId}/register/import/files`, {
			body: JSON.stringify({ name: 'huge.csv', size: 51 * 1024 * 1024 }),
			headers: JSON_HEADERS
		});
		expect(res.status).toBe(413);
		// The embedded engine's own limit is lower (25 MB): its message says so.
		const key = engine === 'pglite' ? 'too_large_embedded' : 'too_large';
		expect(await res.json()).toEqual({ message: `register.import.errors.${key}` });
	});

	it('refuses a 30 MB file on the embedded engine only, and says why in the reader’s language', async () => {
		const res = await client.request('POST', `/orgs/${orgId}/register/import/files`, {
			body: JSON.stringify({ name: 'large.csv', size: 30 * 1024 * 1024 }),
			headers: JSON_HEADERS
		});
		expect(res.status).toBe(engine === 'pglite' ? 413 : 201);
		if (engine !== 'pglite') return;
		expect(await res.json()).toEqual({ message: 'register.import.errors.too_large_embedded' });
		const list = await (await client.get(`/orgs/${orgId}/register/import`)).text();
		expect(list).not.toContain('large.csv');
	});

	it('says the limit of this installation on the upload page before anything is sent', async () => {
		const page = await (await client.get(`/orgs/${orgId}/register/import`)).text();
		expect(page).toContain(`up to ${engine === 'pglite' ? 25 : 50} MB on this installation`);
	});

	it('exports UTF-8 with a BOM, Persian intact and formula-like cells neutralised', async () => {
		const rows: [string, string][] = [
			['=HYPERLINK("http://evil.example")', 'نکته'],
			['شرکت پارسیان', '@SUM(A1:A2)']
		];
		for (const [name, notes] of rows) {
			const created = await client.action(`/orgs/${orgId}/register/new?/create`, {
				name,
				kind: 'company',
				notes
			});
			expect(created.status, JSON.stringify(created)).toBe(303);
		}
		const res = await client.get(`/orgs/${orgId}/register/export.csv`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
		expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=/);
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
		expect(text).toContain('شرکت پارسیان');
		expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
		expect(text).toContain(`'@SUM(A1:A2)`);
		expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
	});

	it('lets a viewer read and export the register but not change it (403)', async () => {
		const invite = await client.action(`/orgs/${orgId}/settings?/invite`, { role: 'viewer' });
		const link = JSON.stringify(invite.data).match(/\/invite\/([A-Za-z0-9_-]+)/)?.[1];
		expect(link, JSON.stringify(invite)).toBeTruthy();
		const viewer = new Client();
		await signUp(viewer, 'Register Viewer');
		await viewer.action(`/invite/${link}`);
		expect((await viewer.get(`/orgs/${orgId}/register`)).status).toBe(200);
		expect((await viewer.get(`/orgs/${orgId}/register/export.csv`)).status).toBe(200);
		const create = await viewer.action(`/orgs/${orgId}/register/new?/create`, { name: 'X' });
		expect(create.status).toBe(403);
		const upload = await viewer.request('POST', `/orgs/${orgId}/register/import/files`, {
			body: JSON.stringify({ name: 'x.csv', size: 10 }),
			headers: JSON_HEADERS
		});
		expect(upload.status).toBe(403);
	});

	it('shows what the register says beside the Information block on the results page', async () => {
		const created = await client.action(`/orgs/${orgId}/assessments/new?/create`, {
			title: 'Readiness',
			mode: 'self',
			lenses: 'building-blocks',
			locale: 'en'
		});
		const base = `/orgs/${orgId}/assessments/${created.location?.split('/')[4]}`;
		await client.action(`${base}/respond?/start`, { role: 'executive' });
		const saved = await client.request('POST', `${base}/respond/save`, {
			body: JSON.stringify({
				answers: [{ item: 'information', statement: 'data-inventory', answer: 1, seq: 1 }],
				comments: []
			}),
			headers: { 'content-type': 'application/json' }
		});
		expect(saved.status).toBe(200);
		const html = await (await client.get(`${base}/results`)).text();
		expect(html).toContain('Evidence for the assessment');
		expect(html).toContain('Information (building block)');
		expect(html).toMatch(/% of customer fields are filled in; least complete: /);
	});
});
