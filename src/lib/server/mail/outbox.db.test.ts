// The outbox against a real SMTP server on loopback, on both engines: a mail written with its
// action is sent by the worker; a server that is down or refuses keeps it waiting and retried,
// and nothing is lost; a recipient refused for good is given up; two workers never send one
// mail twice; logs carry no address, link or credential.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/connect';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { SmtpCatcher } from '$lib/server/testing/smtp';
import { queue } from './index';
import * as outbox from './outbox';
import { makeDue, testWorker } from '$lib/server/testing/mail';

let database: Database;
let smtp: SmtpCatcher;
let n = 0;

async function account(locale: 'en' | 'fa' = 'en') {
	const email = `reader-${++n}@example.com`;
	await database.db
		.insertInto('users')
		.values({ email, name: `Reader ${n}`, password_hash: 'x', locale })
		.execute();
	return email;
}

const resetMail = (recipient: string, extra: Partial<outbox.NewMail> = {}): outbox.NewMail => ({
	kind: 'password_reset',
	recipient,
	locale: 'en',
	forget: true,
	giveUpAfterMs: 3_600_000,
	...extra
});

beforeAll(async () => {
	database = await testDatabase();
	smtp = await new SmtpCatcher({ user: 'mailer', password: 's3cret-smtp-pass' }).start();
});
afterAll(async () => {
	await smtp.stop();
	await database.close();
});
beforeEach(() => {
	smtp.mode = 'accept';
	smtp.rejected.clear();
});

describe(`the outbox (${testEngine()})`, () => {
	it('sends what an action queued, once, and forgets a forgettable row after sending', async () => {
		const to = await account();
		const log: string[] = [];
		const worker = testWorker(database.db, smtp.url, log);
		const batch = await database.db.transaction().execute((trx) => queue(trx, [resetMail(to)]));
		await worker.deliver(batch.ids);
		const mail = await smtp.waitFor(to);
		expect(mail.parsed.from?.value[0]).toEqual({
			name: 'CRM Readiness',
			address: 'crm@example.com'
		});
		expect(await outbox.batchStatus(database.db, batch.batchId, 1)).toEqual({
			pending: 0,
			failed: 0,
			sent: 1
		});
		expect(await database.db.selectFrom('mail_outbox').selectAll().execute()).toEqual([]);
		// Delivering again sends nothing more.
		await worker.deliver(batch.ids);
		await worker.drain();
		expect(smtp.to(to)).toHaveLength(1);
		await worker.stop();
	});

	it('never loses a mail the server is down for, retries it, and sends it once the server is back', async () => {
		const to = await account();
		const log: string[] = [];
		const worker = testWorker(database.db, smtp.url, log);
		await smtp.stop();
		try {
			const batch = await database.db
				.transaction()
				.execute((trx) => queue(trx, [resetMail(to, { forget: false })]));
			await worker.deliver(batch.ids);
			const [row] = await database.db.selectFrom('mail_outbox').selectAll().execute();
			expect(row).toMatchObject({ status: 'pending', attempts: 1 });
			expect(row?.last_error).toMatch(/ECONNECTION|ECONNREFUSED/);
			// Backoff: not tried again before its time.
			expect(row?.next_attempt_at.getTime()).toBeGreaterThan(Date.now() + 20_000);
			expect(await outbox.batchStatus(database.db, batch.batchId, 1)).toMatchObject({ pending: 1 });
		} finally {
			await smtp.restart();
		}
		await worker.drain();
		expect(smtp.to(to)).toHaveLength(0);
		await makeDue(database.db);
		await worker.drain();
		await smtp.waitFor(to);
		const [row] = await database.db.selectFrom('mail_outbox').selectAll().execute();
		expect(row).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
		await database.db.deleteFrom('mail_outbox').execute();
		await worker.stop();
	});

	it('retries a server that refuses for now, and gives up at once on a recipient refused for good', async () => {
		const [later, never] = [await account(), await account()];
		const worker = testWorker(database.db, smtp.url);
		smtp.mode = 'refuse';
		const batch = await database.db
			.transaction()
			.execute((trx) => queue(trx, [resetMail(later, { forget: false })]));
		await worker.deliver(batch.ids);
		const [waiting] = await database.db.selectFrom('mail_outbox').selectAll().execute();
		expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
		expect(waiting?.last_error).toMatch(/451/);
		smtp.mode = 'accept';
		await makeDue(database.db);
		await worker.drain();
		await smtp.waitFor(later);

		smtp.rejected.add(never);
		const refused = await database.db
			.transaction()
			.execute((trx) => queue(trx, [resetMail(never)]));
		await worker.deliver(refused.ids);
		const [row] = await database.db
			.selectFrom('mail_outbox')
			.selectAll()
			.where('batch_id', '=', refused.batchId)
			.execute();
		// Given up, and (a forgettable row) without its address.
		expect(row).toMatchObject({ status: 'failed', recipient: '' });
		expect(row?.last_error).toMatch(/550/);
		expect(row?.last_error).not.toContain(never);
		expect(await outbox.batchStatus(database.db, refused.batchId, 1)).toEqual({
			pending: 0,
			failed: 1,
			sent: 0
		});
		await database.db.deleteFrom('mail_outbox').execute();
		await worker.stop();
	});

	it('gives up on a mail whose time ran out', async () => {
		const to = await account();
		const worker = testWorker(database.db, smtp.url);
		const batch = await database.db
			.transaction()
			.execute((trx) => queue(trx, [resetMail(to, { giveUpAfterMs: -1 })]));
		await outbox.expire(database.db);
		expect(await outbox.batchStatus(database.db, batch.batchId, 1)).toMatchObject({ failed: 1 });
		await worker.drain();
		expect(smtp.to(to)).toHaveLength(0);
		await database.db.deleteFrom('mail_outbox').execute();
		await worker.stop();
	});

	it('lets two workers drain one outbox without sending any mail twice', async () => {
		const recipients = await Promise.all(Array.from({ length: 12 }, () => account()));
		const [a, b] = [testWorker(database.db, smtp.url), testWorker(database.db, smtp.url)];
		await database.db.transaction().execute((trx) =>
			queue(
				trx,
				recipients.map((r) => resetMail(r))
			)
		);
		await Promise.all([a.drain(), b.drain()]);
		for (const r of recipients) expect(smtp.to(r), r).toHaveLength(1);
		await Promise.all([a.stop(), b.stop()]);
	});

	it('logs no address, link or credential', async () => {
		const to = await account();
		const log: string[] = [];
		const worker = testWorker(database.db, smtp.url, log);
		smtp.rejected.add(to);
		const refused = await database.db.transaction().execute((trx) => queue(trx, [resetMail(to)]));
		await worker.deliver(refused.ids);
		smtp.rejected.clear();
		const sent = await database.db.transaction().execute((trx) => queue(trx, [resetMail(to)]));
		await worker.deliver(sent.ids);
		const mail = await smtp.waitFor(to);
		const link = mail.parsed.text?.match(/https:\/\/\S+/)?.[0] as string;
		expect(link).toBeTruthy();
		expect(log.length).toBeGreaterThanOrEqual(2);
		const all = log.join('\n');
		for (const secret of [to, link, link.split('/').pop() as string, 's3cret-smtp-pass', 'mailer'])
			expect(all).not.toContain(secret);
		await database.db.deleteFrom('mail_outbox').execute();
		await worker.stop();
	});

	it('writes nothing when the action’s transaction rolls back', async () => {
		const to = await account();
		await expect(
			database.db.transaction().execute(async (trx) => {
				await queue(trx, [resetMail(to)]);
				throw new Error('the action failed');
			})
		).rejects.toThrow('the action failed');
		expect(await database.db.selectFrom('mail_outbox').selectAll().execute()).toEqual([]);
	});
});
