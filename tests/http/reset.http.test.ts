// Password reset over HTTP against the production build, with its mail received by a real SMTP
// server: the same answer for any address, a link that works once, every session ended, clear
// refusals that change nothing, a rate limit, and no header injected through a name.
import { describe, expect, inject, it } from 'vitest';
import { Client, signUp, uniqueEmail } from './client';
import { linkIn, mailTo, waitForMail } from './mail';

const engine = inject('engine');
const pathOf = (url: string) => new URL(url).pathname;

async function forgot(client: Client, email: string) {
	return client.action('/forgot-password', { email });
}

describe(`password reset (${engine})`, () => {
	it('answers alike for any address, mails a link that works once, and ends every session', async () => {
		const phone = new Client();
		const account = await signUp(phone, 'Reset Owner');
		const laptop = new Client();
		await laptop.action('/login', { email: account.email, password: account.password });
		expect((await laptop.get('/account')).status).toBe(200);

		const login = await (await new Client().get('/login')).text();
		expect(login).toContain('href="/forgot-password"');

		const visitor = new Client();
		const known = await forgot(visitor, account.email.toUpperCase());
		const unknown = await forgot(visitor, uniqueEmail('nobody'));
		expect(known.status).toBe(200);
		expect(unknown.status).toBe(200);
		expect(Object.keys(known.data as object)).toEqual(Object.keys(unknown.data as object));

		const mail = await waitForMail(account.email);
		const link = linkIn(mail, '/reset-password/');
		expect(link.startsWith(inject('baseURL'))).toBe(true);
		expect(mail.parsed.html).toMatch(/<html lang="en" dir="ltr">/);
		expect(mail.parsed.text).toContain('Hello Reset Owner,');

		const page = await visitor.get(pathOf(link));
		expect(await page.text()).toContain(account.email);
		const mismatch = await visitor.action(pathOf(link), {
			password: 'a new password 2027',
			confirm: 'something else'
		});
		expect(mismatch).toMatchObject({
			status: 400,
			data: { errors: { confirm: { key: 'errors.passwords_differ' } } }
		});
		const done = await visitor.action(pathOf(link), {
			password: 'a new password 2027',
			confirm: 'a new password 2027'
		});
		expect(done).toMatchObject({ type: 'redirect', location: '/login?reset=1' });

		// Both devices are logged out; the old password no longer opens the account.
		for (const c of [phone, laptop]) expect((await c.get('/account')).status).toBe(303);
		const old = await new Client().action('/login', {
			email: account.email,
			password: account.password
		});
		expect(old.status).toBe(400);
		const fresh = await new Client().action('/login', {
			email: account.email,
			password: 'a new password 2027'
		});
		expect(fresh.type).toBe('redirect');

		// The link was for one use.
		const again = await visitor.action(pathOf(link), {
			password: 'a third password 2027',
			confirm: 'a third password 2027'
		});
		expect(again).toMatchObject({
			status: 400,
			data: { errors: { _form: { key: 'auth.reset.errors.used' } } }
		});
		expect(await (await visitor.get(pathOf(link))).text()).toContain('already been used');
	});

	it('refuses malformed addresses and unknown links with a translated message', async () => {
		const client = new Client();
		const bad = await forgot(client, 'not an address');
		expect(bad).toMatchObject({
			status: 400,
			data: { errors: { email: { key: 'errors.invalid_email' } } }
		});
		for (const token of ['a'.repeat(32), 'not-a-token', '%00']) {
			const res = await client.get(`/reset-password/${token}`);
			expect(res.status, token).toBe(200);
			expect(await res.text(), token).toContain('This link is not valid');
			const post = await client.action(`/reset-password/${token}`, {
				password: 'a new password 2027',
				confirm: 'a new password 2027'
			});
			expect(post, token).toMatchObject({
				status: 400,
				data: { errors: { _form: { key: 'auth.reset.errors.unknown' } } }
			});
		}
		const fa = new Client();
		await fa.action('/language', { lang: 'fa' });
		expect(await (await fa.get(`/reset-password/${'b'.repeat(32)}`)).text()).toContain(
			'این پیوند معتبر نیست'
		);
	});

	it('limits requests for one address, known or not', async () => {
		for (const email of [(await signUp(new Client(), 'Limited')).email, uniqueEmail('ghost')]) {
			const statuses = [];
			for (let i = 0; i < 6; i++) {
				const c = new Client();
				statuses.push((await forgot(c, email)).status);
			}
			expect(statuses, email).toEqual([200, 200, 200, 200, 200, 429]);
		}
	});

	it('lets no name start a header of its own', async () => {
		const client = new Client();
		const email = uniqueEmail('header');
		const name = 'Eve\r\nBcc: injected@example.com\r\nSubject: pwned';
		const res = await client.action('/signup', { name, email, password: 'correct horse battery' });
		expect(res.type).toBe('redirect');
		await forgot(new Client(), email);
		const mail = await waitForMail(email);
		const head = mail.raw.slice(0, mail.raw.indexOf('\r\n\r\n'));
		expect(head).not.toMatch(/^bcc:/im);
		expect(head.match(/^subject:/gim)).toHaveLength(1);
		expect(mail.parsed.subject).toBe('Reset your password — CRM Readiness');
		expect(mail.parsed.bcc).toBeUndefined();
		expect(await mailTo('injected@example.com')).toEqual([]);
	});
});
