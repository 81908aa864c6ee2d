// Mail that cannot go yet, against a server of this test's own whose SMTP server is down, then
// refuses, then accepts: the action still succeeds, the user is told the mail waits, and it is
// retried and arrives. The retry delay is shortened (MAIL_RETRY_SECONDS) so the test need not
// wait half a minute.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SmtpCatcher } from '../../src/lib/server/testing/smtp';
import { adminUrl, databaseUrl } from '../../src/lib/server/testing/urls';
import { Client, createOrganisation, signUp, uniqueEmail } from './client';
import { freePort, waitForHealth } from './server';

const engine = inject('engine');

describe(`mail that cannot be sent yet (${engine})`, () => {
	let child: ChildProcess;
	let base: string;
	let output = '';
	const smtp = new SmtpCatcher({ user: 'relay', password: 'relay-secret-2026' });
	const cleanup: (() => Promise<void> | void)[] = [];

	beforeAll(async () => {
		await smtp.start();
		const port = await freePort();
		base = `http://127.0.0.1:${port}`;
		const env: Record<string, string> = {
			...(process.env as Record<string, string>),
			PORT: String(port),
			ORIGIN: base,
			SMTP_URL: smtp.url,
			MAIL_FROM: 'Readiness <crm@example.com>',
			MAIL_POLL_SECONDS: '0.5',
			MAIL_RETRY_SECONDS: '1'
		};
		delete env.DATABASE_URL;
		if (engine === 'postgres') {
			const admin = new pg.Client({
				connectionString: adminUrl(process.env.TEST_DATABASE_URL as string)
			});
			await admin.connect();
			const name = `crm_mail_${process.pid}_${Date.now().toString(36)}`;
			await admin.query(`create database ${name}`);
			env.DATABASE_URL = databaseUrl(process.env.TEST_DATABASE_URL as string, name);
			cleanup.push(async () => {
				await admin.query(`drop database if exists ${name} with (force)`);
				await admin.end();
			});
		} else {
			const dir = mkdtempSync(join(tmpdir(), 'crm-mail-'));
			env.DATA_DIR = dir;
			cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
		}
		child = spawn(process.execPath, ['build/index.js'], { env, stdio: 'pipe' });
		child.stdout?.on('data', (d) => (output += d));
		child.stderr?.on('data', (d) => (output += d));
		await waitForHealth(base, child, () => output);
	});

	afterAll(async () => {
		child?.kill('SIGTERM');
		if (child && child.exitCode === null) await new Promise((r) => child.once('exit', r));
		await smtp.stop();
		for (const c of cleanup.reverse()) await c();
	});

	it('keeps the action, tells the user, retries, and delivers once the server is back', async () => {
		const owner = new Client(base);
		await signUp(owner, 'Facilitator Fay');
		const orgId = await createOrganisation(owner, 'Delivery Co');
		const created = await owner.action(`/orgs/${orgId}/assessments/new?/create`, {
			title: 'Kick-off workshop',
			mode: 'workshop',
			lenses: 'strategic-planning',
			locale: 'en'
		});
		const live = `/orgs/${orgId}/assessments/${created.location?.split('/')[4]}/live`;
		await owner.action(`${live}?/open`);
		const [first, second] = [uniqueEmail('down'), uniqueEmail('refused')];

		// Down: connections refused.
		await smtp.stop();
		const whileDown = await owner.action(`${live}?/mail`, { addresses: first });
		expect(whileDown).toMatchObject({
			type: 'success',
			data: { mailed: { sent: 0, pending: 1, failed: 0 } }
		});
		await smtp.restart();
		// Refusing for now (451): the next mail waits too.
		smtp.mode = 'refuse';
		const whileRefusing = await owner.action(`${live}?/mail`, { addresses: second });
		expect(whileRefusing).toMatchObject({ data: { mailed: { pending: 1 } } });
		expect(smtp.messages).toHaveLength(0);

		smtp.mode = 'accept';
		const [a, b] = [await smtp.waitFor(first), await smtp.waitFor(second)];
		for (const mail of [a, b]) {
			expect(mail.parsed.subject).toBe('Join the workshop “Kick-off workshop”');
			expect(mail.parsed.from?.value[0]).toEqual({
				name: 'Facilitator Fay (CRM Readiness)',
				address: 'crm@example.com'
			});
			expect(mail.parsed.text).toMatch(new RegExp(`${base}/j/[a-z2-9]{10}`));
		}
		expect(smtp.to(first)).toHaveLength(1);

		// The log says what happened without the relay's password or anyone's address.
		expect(output).toMatch(/\[mail\] workshop_link \w+ not sent/);
		expect(output).toMatch(/\[mail\] workshop_link \w+ sent \(attempt [2-9]/);
		for (const secret of ['relay-secret-2026', first, second]) expect(output).not.toContain(secret);
	});
});
