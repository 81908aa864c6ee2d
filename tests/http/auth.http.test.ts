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

	it('slows an account attacked from many addresses, and says for how long', async () => {
		const owner = new Client();
		const account = await signUp(owner);
		const attacker = new Client();
		for (let i = 1; i <= 10; i++) {
			attacker.address = `10.9.${i}.1`; // different addresses: the account's limit applies
			const res = await attacker.action('/login', { email: account.email, password: `wrong ${i}` });
			expect(res.status, `attempt ${i}`).toBe(400);
			expect(res.data).toMatchObject({ errors: { _form: { key: 'errors.invalid_login' } } });
		}
		attacker.address = '10.9.11.1';
		const eleventh = await attacker.action('/login', {
			email: account.email,
			password: account.password
		});
		// Not a 15-minute lockout: a one-second wait, doubling with each further attempt.
		expect(eleventh.status).toBe(429);
		expect(eleventh.data).toMatchObject({
			errors: { _form: { key: 'errors.login_wait_seconds', params: { count: 1 } } }
		});
		// The refusal is shown in the user's language, and says when to try again.
		const page = await new Client().request('POST', '/login', {
			body: new URLSearchParams({ email: account.email, password: account.password }),
			headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'fa' }
		});
		expect(page.status).toBe(429);
		expect(page.headers.get('retry-after')).toMatch(/^\d+$/);
		expect(await page.text()).toContain('تلاش‌های ناموفق بیش از حد مجاز بود');
	});

	it('gives 40 parallel wrong passwords exactly the allowed number of password checks', async () => {
		// One address, one account: the pair's 5.
		const victim = await signUp(new Client());
		const attacker = new Client();
		const same = await Promise.all(
			Array.from({ length: 40 }, (_, i) =>
				attacker.action('/login', { email: victim.email, password: `wrong ${i}` })
			)
		);
		expect(same.filter((r) => r.status === 400)).toHaveLength(5);
		expect(same.filter((r) => r.status === 429)).toHaveLength(35);
		// Forty addresses, one account: the account's 10.
		const other = await signUp(new Client());
		const spread = await Promise.all(
			Array.from({ length: 40 }, (_, i) => {
				const c = new Client();
				c.address = `10.77.${i}.9`;
				return c.action('/login', { email: other.email, password: `wrong ${i}` });
			})
		);
		expect(spread.filter((r) => r.status === 400)).toHaveLength(10);
		expect(spread.filter((r) => r.status === 429)).toHaveLength(30);
	});

	it('does not let an attacker elsewhere slow the owner at an address they logged in from', async () => {
		const owner = new Client();
		const account = await signUp(owner);
		owner.address = '10.55.0.1';
		expect((await owner.action('/login', account)).type).toBe('redirect');
		await Promise.all(
			Array.from({ length: 30 }, (_, i) => {
				const c = new Client();
				c.address = `10.56.${i}.1`;
				return c.action('/login', { email: account.email, password: `wrong ${i}` });
			})
		);
		const elsewhere = new Client();
		elsewhere.address = '10.57.0.1';
		expect((await elsewhere.action('/login', account)).status).toBe(429);
		const home = new Client();
		home.address = '10.55.0.1';
		expect((await home.action('/login', account)).type).toBe('redirect');
	});

	it('lets many people behind one address (an office NAT) mistype without slowing them', async () => {
		const office = new Client();
		office.address = '10.60.0.1';
		for (let i = 1; i <= 30; i++) {
			const res = await office.action('/login', { email: uniqueEmail('typo'), password: 'x' });
			expect(res.status, `attempt ${i}`).toBe(400);
		}
		const colleague = await signUp(new Client());
		const res = await office.action('/login', colleague);
		expect(res.type).toBe('redirect');
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
