import { describe, expect, inject, it } from 'vitest';
import { Client, signUp, uniqueEmail } from './client';

const engine = inject('engine');

describe(`accounts over HTTP (${engine})`, () => {
	it('signs up with a session cookie that is HttpOnly and SameSite=Lax', async () => {
		const c = new Client();
		const res = await c.request('POST', '/signup', {
			body: new URLSearchParams({ name: 'Nima', email: uniqueEmail(), password: 'long enough pw' }),
			headers: { 'content-type': 'application/x-www-form-urlencoded' }
		});
		expect(res.status).toBe(303);
		const cookie = res.headers.getSetCookie().find((h) => h.startsWith('session='));
		expect(cookie).toMatch(/HttpOnly/i);
		expect(cookie).toMatch(/SameSite=Lax/i);
		// Served over plain HTTP here; over HTTPS (ORIGIN=https://…) the cookie is Secure.
		expect(cookie).not.toMatch(/Secure/i);
		expect((await c.get('/orgs')).status).toBe(200);
	});

	it('treats e-mail addresses case-insensitively and refuses a second account', async () => {
		const email = uniqueEmail('Case');
		await new Client().action('/signup', { name: 'A', email, password: 'long enough pw' });
		const res = await new Client().action('/signup', {
			name: 'B',
			email: email.toUpperCase(),
			password: 'long enough pw'
		});
		expect(res.status).toBe(400);
		expect(res.data).toMatchObject({ errors: { email: { key: 'errors.email_taken' } } });
	});

	it('requires passwords of at least 10 characters', async () => {
		const res = await new Client().action('/signup', {
			name: 'A',
			email: uniqueEmail(),
			password: 'short'
		});
		expect(res.status).toBe(400);
		expect(res.data).toMatchObject({ errors: { password: { key: 'errors.password_too_short' } } });
	});

	it('answers the 11th failed login within 15 minutes with 429, even with the right password', async () => {
		const owner = new Client();
		const account = await signUp(owner);
		const attacker = new Client();
		for (let i = 1; i <= 10; i++) {
			attacker.address = `10.9.${i}.1`; // different addresses: the account limit applies
			const res = await attacker.action('/login', { email: account.email, password: `wrong ${i}` });
			expect(res.status, `attempt ${i}`).toBe(400);
			expect(res.data).toMatchObject({ errors: { _form: { key: 'errors.invalid_login' } } });
		}
		const eleventh = await attacker.action('/login', {
			email: account.email,
			password: account.password
		});
		expect(eleventh.status).toBe(429);
		expect(eleventh.data).toMatchObject({ errors: { _form: { key: 'errors.too_many_attempts' } } });
		// The refusal is shown in the user's language.
		const page = await new Client().request('POST', '/login', {
			body: new URLSearchParams({ email: account.email, password: account.password }),
			headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'fa' }
		});
		expect(page.status).toBe(429);
		expect(await page.text()).toContain('تلاش‌های ناموفق بیش از حد مجاز بود');
	});

	it('limits failed logins per client address across accounts', async () => {
		const attacker = new Client();
		for (let i = 1; i <= 10; i++) {
			const res = await attacker.action('/login', { email: uniqueEmail('nobody'), password: 'x' });
			expect(res.status, `attempt ${i}`).toBe(400);
		}
		const victim = await signUp(new Client());
		const res = await attacker.action('/login', { email: victim.email, password: victim.password });
		expect(res.status).toBe(429);
	});

	it('logs out, and logs out everywhere', async () => {
		const a = new Client();
		const account = await signUp(a);
		const b = new Client();
		expect((await b.action('/login', account)).type).toBe('redirect');
		expect((await b.get('/orgs')).status).toBe(200);

		expect((await a.action('/logout?/here', {})).location).toBe('/login');
		expect((await a.get('/orgs')).status).toBe(303);
		expect((await b.get('/orgs')).status).toBe(200);

		const c = new Client();
		await c.action('/login', account);
		await c.action('/logout?/everywhere', {});
		expect((await b.get('/orgs')).status).toBe(303);
		expect((await c.get('/orgs')).status).toBe(303);
	});

	it('changing the password keeps this session and ends the others', async () => {
		const a = new Client();
		const account = await signUp(a);
		const b = new Client();
		await b.action('/login', account);
		const wrong = await a.action('/account?/password', {
			current: 'not it at all',
			password: 'a brand new passphrase',
			confirm: 'a brand new passphrase'
		});
		expect(wrong.data).toMatchObject({
			password: { errors: { current: { key: 'errors.wrong_password' } } }
		});
		const ok = await a.action('/account?/password', {
			current: account.password,
			password: 'a brand new passphrase',
			confirm: 'a brand new passphrase'
		});
		expect(ok.type).toBe('success');
		expect((await a.get('/orgs')).status).toBe(200);
		expect((await b.get('/orgs')).status).toBe(303);
		const relog = await new Client().action('/login', {
			email: account.email,
			password: 'a brand new passphrase'
		});
		expect(relog.type).toBe('redirect');
	});
});
