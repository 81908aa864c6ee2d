// Password reset on both engines, through a real SMTP server: the mail in the account's
// language, a link that works once for an hour and is stored only hashed, every session ended,
// nothing sent for an unknown address, refusals that change nothing, and limits that hold under
// concurrent requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/connect';
import { makeDue, TEST_ORIGIN, testWorker } from '$lib/server/testing/mail';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { SmtpCatcher } from '$lib/server/testing/smtp';
import { changePassword } from '$lib/server/users/service';
import { hashPassword, verifyPassword } from './password';
import { checkResetToken, mintResetToken, resetPassword } from './reset';
import { requestPasswordReset, RESET_PER_ACCOUNT } from './reset-request';
import { createSession, validateSessionToken } from './session';

let database: Database;
let smtp: SmtpCatcher;
let n = 0;

async function account(locale: 'en' | 'fa' = 'en', name = `Reader ${n}`) {
	const email = `reset-${++n}@example.com`;
	const { id } = await database.db
		.insertInto('users')
		.values({ email, name, password_hash: await hashPassword('old password 123'), locale })
		.returning('id')
		.executeTakeFirstOrThrow();
	return { id, email };
}

async function passwordHash(id: string) {
	const row = await database.db
		.selectFrom('users')
		.select('password_hash')
		.where('id', '=', id)
		.executeTakeFirstOrThrow();
	return row.password_hash;
}

const ask = (email: string, client = `10.1.0.${n}`) =>
	requestPasswordReset(database.db, { email, client, locale: 'en' });

beforeAll(async () => {
	database = await testDatabase();
	smtp = await new SmtpCatcher().start();
});
afterAll(async () => {
	await smtp.stop();
	await database.close();
});

describe(`password reset (${testEngine()})`, () => {
	it('mails a Persian account a right-to-left link that works once and ends every session', async () => {
		const user = await account('fa', 'سارا احمدی');
		const sessions = [
			await createSession(database.db, user.id),
			await createSession(database.db, user.id)
		];
		expect(await ask(user.email)).toEqual({ ok: true });
		await testWorker(database.db, smtp.url).drain();
		const mail = await smtp.waitFor(user.email);

		expect(mail.parsed.subject).toBe('بازنشانی گذرواژه — سنجش آمادگی CRM');
		expect(mail.parsed.html).toMatch(/<html lang="fa" dir="rtl">/);
		expect(mail.parsed.html).toMatch(/<body dir="rtl"/);
		expect(mail.parsed.text).toContain('سلام سارا احمدی،');
		const link = mail.parsed.text?.match(/https:\/\/\S+/)?.[0] as string;
		expect(link.startsWith(`${TEST_ORIGIN}/reset-password/`)).toBe(true);
		expect(mail.parsed.html).toContain(link);
		const token = link.split('/').pop() as string;

		// Only the hash is kept; the request itself is gone from the outbox.
		const rows = await database.db.selectFrom('password_resets').selectAll().execute();
		expect(JSON.stringify(rows)).not.toContain(token);
		expect(await database.db.selectFrom('mail_outbox').selectAll().execute()).toEqual([]);

		expect(await checkResetToken(database.db, token)).toEqual({ ok: true, email: user.email });
		expect(await resetPassword(database.db, token, 'a brand new password')).toMatchObject({
			ok: true
		});
		expect(await verifyPassword(await passwordHash(user.id), 'a brand new password')).toBe(true);
		for (const s of sessions) expect(await validateSessionToken(database.db, s.token)).toBeNull();

		// Once only: a second use is refused and changes nothing.
		const before = await passwordHash(user.id);
		expect(await resetPassword(database.db, token, 'yet another password')).toEqual({
			ok: false,
			error: 'auth.reset.errors.used'
		});
		expect(await passwordHash(user.id)).toBe(before);
	});

	it('sends nothing for an address without an account, and answers the same', async () => {
		const nobody = `nobody-${++n}@example.com`;
		expect(await ask(nobody)).toEqual({ ok: true });
		await testWorker(database.db, smtp.url).drain();
		expect(smtp.to(nobody)).toEqual([]);
		expect(await database.db.selectFrom('mail_outbox').selectAll().execute()).toEqual([]);
	});

	it('refuses unknown, malformed, expired and replaced links, changing nothing', async () => {
		const user = await account();
		const before = await passwordHash(user.id);
		const session = await createSession(database.db, user.id);
		const first = await mintResetToken(database.db, user.id);
		const second = await mintResetToken(database.db, user.id);
		const expired = await mintResetToken(database.db, user.id);
		await database.db
			.updateTable('password_resets')
			.set({ expires_at: new Date(Date.now() - 1000), revoked_at: null })
			.execute();
		const cases: [string, string][] = [
			['a'.repeat(32), 'auth.reset.errors.unknown'],
			['../../etc/passwd', 'auth.reset.errors.unknown'],
			[first.token, 'auth.reset.errors.expired'],
			[expired.token, 'auth.reset.errors.expired']
		];
		for (const [token, error] of cases)
			expect(await resetPassword(database.db, token, 'a brand new password'), token).toEqual({
				ok: false,
				error
			});
		// A newer link replaces an older one that has not expired.
		const third = await mintResetToken(database.db, user.id);
		expect(await checkResetToken(database.db, second.token)).toMatchObject({ ok: false });
		const fourth = await mintResetToken(database.db, user.id);
		expect(await resetPassword(database.db, third.token, 'a brand new password')).toEqual({
			ok: false,
			error: 'auth.reset.errors.revoked'
		});
		// A password changed in the account revokes the links mailed before.
		await changePassword(database.db, {
			userId: user.id,
			current: 'old password 123',
			next: 'changed in the account',
			keepSessionId: session.session.id
		});
		expect(await checkResetToken(database.db, fourth.token)).toEqual({
			ok: false,
			error: 'auth.reset.errors.revoked'
		});
		expect(await verifyPassword(await passwordHash(user.id), 'changed in the account')).toBe(true);
		expect(before).not.toBe(await passwordHash(user.id));
	});

	it('limits requests per address asked for, all at once or one by one, for known and unknown addresses alike', async () => {
		for (const email of [(await account()).email, `ghost-${++n}@example.com`]) {
			const results = await Promise.all(
				Array.from({ length: RESET_PER_ACCOUNT.limit * 2 }, (_, i) => ask(email, `10.2.${n}.${i}`))
			);
			expect(results.filter((r) => r.ok)).toHaveLength(RESET_PER_ACCOUNT.limit);
			expect(results.filter((r) => !r.ok)[0]).toEqual({
				ok: false,
				error: 'errors.too_many_requests'
			});
		}
		await makeDue(database.db);
		await testWorker(database.db, smtp.url).drain();
	});
});
