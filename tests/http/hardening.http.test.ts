// Issue 17 §5, §6 and §9 through HTTP, against the production build, on both engines: control
// characters in query strings, form fields and CSV files are refused, translated, before
// anything is written; common passwords are refused; another organisation's invitation is not
// found; consent `-1` is no yes; a viewer's GET of the plan writes nothing; the logout cookie
// is not `Secure` over plain http.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogues } from '../../src/lib/i18n/catalogue';
import type { Messages } from '../../src/lib/i18n/translate';
import { Client, createOrganisation, signUp, uniqueEmail } from './client';

const engine = inject('engine');
const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };
const BYTES = { 'content-type': 'application/octet-stream', accept: 'application/json' };

function message(lang: 'en' | 'fa', key: string): string {
	let node: unknown = catalogues[lang] as Messages;
	for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
	return node as string;
}

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function invite(owner: Client, orgId: string, role: 'viewer' | 'consultant') {
	const res = await owner.action(`/orgs/${orgId}/settings?/invite`, { role });
	const link = (res.data as { invite: { link: string } }).invite.link;
	const client = new Client();
	await signUp(client, `Invited ${role}`);
	await client.action(new URL(link).pathname, {});
	return client;
}

/** An uploaded CSV file with `text` as its content; returns the import's page. */
async function upload(client: Client, orgId: string, text: string) {
	const started = await client.request('POST', `/orgs/${orgId}/register/import/files`, {
		body: JSON.stringify({ name: 'nul.csv', size: text.length }),
		headers: JSON_HEADERS
	});
	const { id } = (await started.json()) as { id: string };
	const file = `/orgs/${orgId}/register/import/${id}/file`;
	expect(
		(await client.request('PUT', `${file}?seq=0`, { body: text, headers: BYTES })).status
	).toBe(200);
	const done = await client.request('POST', file, {
		body: JSON.stringify({ encoding: 'utf-8' }),
		headers: JSON_HEADERS
	});
	expect(done.status).toBe(200);
	return `/orgs/${orgId}/register/import/${id}`;
}

describe(`bad bytes, passwords and small items over HTTP (${engine})`, () => {
	let owner: Client;
	let orgId: string;
	beforeAll(async () => {
		owner = new Client();
		await signUp(owner, 'Hardening Owner');
		orgId = await createOrganisation(owner, 'Hardening Ltd');
		await owner.action(`/orgs/${orgId}/register/new?/create`, {
			name: 'Kimia Foods',
			kind: 'company',
			tier: 'Gold'
		});
	});

	it('refuses control characters in the register’s query string, translated, in both languages', async () => {
		const register = `/orgs/${orgId}/register`;
		for (const query of ['q=a%00b', 'tier=%00', 'tag=x%01', 'q=%7F', 'sort=name&owner=%00']) {
			const res = await owner.get(`${register}?${query}`);
			expect(res.status, query).toBe(400);
			const html = await res.text();
			expect(html, query).toContain(
				escapeHtml(message('en', 'errors.control_characters_in_address'))
			);
		}
		// In Persian for a Persian reader.
		const fa = new Client();
		await signUp(fa, 'Persian Reader');
		await fa.request('POST', '/language', {
			body: new URLSearchParams({ lang: 'fa' }),
			headers: { 'content-type': 'application/x-www-form-urlencoded' }
		});
		const page = await fa.get('/orgs?q=%00');
		expect(page.status).toBe(400);
		const html = await page.text();
		expect(html).toContain('lang="fa"');
		expect(html).toContain(escapeHtml(message('fa', 'errors.control_characters_in_address')));
		// A tab, which browsers send from a pasted search, is still a search.
		expect((await owner.get(`${register}?q=Kimia%09Foods`)).status).toBe(200);
	});

	it('refuses export.csv?q=a%00b before it starts: no 200, no truncated file', async () => {
		const res = await owner.get(`/orgs/${orgId}/register/export.csv?q=a%00b`);
		expect(res.status).toBe(400);
		expect(res.headers.get('content-disposition')).toBeNull();
		const csv = await owner.get(`/orgs/${orgId}/register/export.csv?q=Kimia`);
		expect(csv.status).toBe(200);
		expect(await csv.text()).toContain('Kimia Foods');
		// A client asking for JSON gets the key.
		const json = await owner.request('GET', `/orgs/${orgId}/register/export.csv?q=a%00b`, {
			headers: { accept: 'application/json' }
		});
		expect(json.status).toBe(400);
		expect(await json.json()).toEqual({ message: 'errors.control_characters_in_address' });
	});

	it('refuses a control character in a form field by name, and writes nothing', async () => {
		const res = await owner.action(`/orgs/${orgId}/register/new?/create`, {
			name: 'Nul\u0000Trading',
			kind: 'company'
		});
		expect(res.status).toBe(400);
		expect(res.data).toMatchObject({ errors: { name: { key: 'errors.control_characters' } } });
		const list = await (await owner.get(`/orgs/${orgId}/register?q=Trading`)).text();
		expect(list).not.toContain('NulTrading');
		expect(list).not.toContain('Nul\u0000Trading');
		// …and a file name with one, on the upload endpoint.
		const started = await owner.request('POST', `/orgs/${orgId}/register/import/files`, {
			body: JSON.stringify({ name: 'a\u0000.csv', size: 10 }),
			headers: JSON_HEADERS
		});
		expect(started.status).toBe(400);
		expect(await started.json()).toEqual({ message: 'errors.control_characters' });
	});

	it('refuses a CSV file with a NUL in a header or a cell on check and run: nothing committed', async () => {
		for (const text of [
			'name,em\u0000ail\nNul Header Co,a@nul.example\n',
			'name,email\nNul Cell Co,a@n\u0000ul.example\n'
		]) {
			const page = await upload(owner, orgId, text);
			// The mapping page reads the file and says what is wrong with it.
			const preview = await owner.get(page);
			expect(preview.status).toBe(200);
			expect(await preview.text()).toContain(
				escapeHtml(message('en', 'register.import.errors.control_characters')).split('{row}')[0]
			);
			for (const action of ['check', 'run']) {
				const res = await owner.action(`${page}?/${action}`, {
					map_0: 'name',
					map_1: 'email',
					policy: 'skip'
				});
				expect(res.status, `${action}: ${JSON.stringify(res)}`).toBeLessThan(500);
				const after = await (await owner.get(page)).text();
				expect(after).toContain(
					escapeHtml(message('en', 'register.import.errors.control_characters')).split('{row}')[0]
				);
			}
			const list = await (await owner.get(`/orgs/${orgId}/register?q=Nul`)).text();
			expect(list).not.toContain('Nul Header Co');
			expect(list).not.toContain('Nul Cell Co');
		}
	});

	it('refuses the commonest passwords, one repeated character, and says when one is too long', async () => {
		const cases: [string, string][] = [
			['1234567890', 'errors.password_common'],
			['Password123', 'errors.password_common'],
			[' '.repeat(10), 'errors.password_repeated'],
			['x'.repeat(300), 'errors.password_too_long']
		];
		for (const [password, key] of cases) {
			const res = await new Client().action('/signup', {
				name: 'Weak',
				email: uniqueEmail('weak'),
				password
			});
			expect(res.status, password).toBe(400);
			expect(res.data, password).toMatchObject({ errors: { password: { key } } });
		}
		for (const key of ['password_common', 'password_repeated', 'password_too_long'])
			for (const lang of ['en', 'fa'] as const)
				expect(message(lang, `errors.${key}`), `${lang} ${key}`).toBeTruthy();
		// The same rule when the password is changed.
		const res = await owner.action('/account?/password', {
			current: 'correct horse battery',
			password: '1234567890',
			confirm: '1234567890'
		});
		expect(res.data).toMatchObject({
			password: { errors: { password: { key: 'errors.password_common' } } }
		});
	});

	it("answers 404 to revoking another organisation's invitation, which stays open", async () => {
		const created = await owner.action(`/orgs/${orgId}/settings?/invite`, { role: 'viewer' });
		expect(created.status).toBe(200);
		const settings = await (await owner.get(`/orgs/${orgId}/settings`)).text();
		const invitationId = settings.match(/name="invitationId" value="([0-9a-f-]{36})"/)?.[1];
		expect(invitationId).toBeTruthy();
		const other = new Client();
		await signUp(other, 'Other Owner');
		const otherOrg = await createOrganisation(other, 'Other Ltd');
		const res = await other.action(`/orgs/${otherOrg}/settings?/revoke`, {
			invitationId: invitationId as string
		});
		expect(res.status).toBe(404);
		expect(await (await owner.get(`/orgs/${orgId}/settings`)).text()).toContain(
			`value="${invitationId}"`
		);
		// Its own organisation's owner revokes it.
		const own = await owner.action(`/orgs/${orgId}/settings?/revoke`, {
			invitationId: invitationId as string
		});
		expect(own.status).toBe(200);
	});

	it('refuses consent -1 (and other signs) instead of reading it as yes', async () => {
		for (const consent of ['-1', '+1', '1.0']) {
			const res = await owner.action(`/orgs/${orgId}/register/new?/create`, {
				name: `Consent ${consent}`,
				kind: 'company',
				consent
			});
			expect(res.status, consent).toBe(400);
			expect(res.data, consent).toMatchObject({
				errors: { consent: { key: 'register.errors.consent' } }
			});
		}
	});

	it('does not create the plan when a viewer opens the plan page (a GET writes nothing)', async () => {
		const created = await owner.action(`/orgs/${orgId}/assessments/new?/create`, {
			title: 'Viewer plan',
			mode: 'self',
			lenses: ['strategic-planning'],
			locale: 'en'
		});
		const assessmentId = created.location?.split('/')[4] as string;
		const base = `/orgs/${orgId}/assessments/${assessmentId}`;
		const planOf = async () => {
			const doc = (await (await owner.get(`/orgs/${orgId}/settings/export.json`)).json()) as {
				assessments: { id: string; plan: unknown }[];
			};
			return doc.assessments.find((a) => a.id === assessmentId)?.plan;
		};
		const viewer = await invite(owner, orgId, 'viewer');
		const page = await viewer.get(`${base}/plan`);
		expect(page.status).toBe(200);
		expect(await planOf()).toBeNull();
		// Someone who may edit it opens it, and it is stored (the check above could fail).
		expect((await owner.get(`${base}/plan`)).status).toBe(200);
		expect(await planOf()).not.toBeNull();
	});

	it('deletes the session cookie on logout without Secure over plain http', async () => {
		const c = new Client();
		await signUp(c, 'Logout Plain');
		const res = await c.request('POST', '/logout?/here', {
			body: new URLSearchParams(),
			headers: { 'content-type': 'application/x-www-form-urlencoded' }
		});
		expect(res.status).toBe(303);
		const cookie = res.headers.getSetCookie().find((h) => h.startsWith('session=')) ?? '';
		expect(cookie).toMatch(/max-age=0|expires=thu, 01 jan 1970/i);
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).not.toMatch(/Secure/i);
	});
});
