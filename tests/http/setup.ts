// Once per HTTP test project: start the production build (npm run build) against a fresh
// database of this project's engine, on a free port, and hand its URL to the tests.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { SmtpCatcher } from '../../src/lib/server/testing/smtp';
import { adminUrl, databaseUrl } from '../../src/lib/server/testing/urls';
import { freePort, waitForHealth } from './server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		engine: 'pglite' | 'postgres';
		/** The embedded engine's data directory ('' on PostgreSQL). */
		dataDir: string;
		/** The server's PostgreSQL database ('' on the embedded engine, which the server locks). */
		databaseUrl: string;
		/** Where the test SMTP server writes every message the server sends (see ./mail.ts). */
		mailDir: string;
	}
}

export default async function setup(project: TestProject) {
	if (!existsSync('build/index.js'))
		throw new Error('HTTP tests run against the production build: run `npm run build` first.');
	const engine = project.config.env?.TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';
	const port = await freePort();
	const baseURL = `http://127.0.0.1:${port}`;
	const env: Record<string, string> = {
		...process.env,
		PORT: String(port),
		ORIGIN: baseURL
	} as Record<string, string>;
	delete env.DATABASE_URL;
	// A real SMTP server on loopback receives the server's mail; tests read it from mailDir.
	const mailDir = mkdtempSync(join(tmpdir(), 'crm-http-mail-'));
	const smtp = await new SmtpCatcher({ directory: mailDir }).start();
	env.SMTP_URL = smtp.url;
	env.MAIL_FROM = 'CRM Readiness <crm@example.com>';
	// Each test client sends its own X-Forwarded-For, so per-address rate limits of one test
	// do not lock out the others (in production, set ADDRESS_HEADER only behind a proxy).
	env.ADDRESS_HEADER = 'x-forwarded-for';
	env.XFF_DEPTH = '1';
	let cleanup: () => Promise<void>;
	if (engine === 'postgres') {
		const base = process.env.TEST_DATABASE_URL as string;
		const name = `crm_http_${process.pid}_${Date.now().toString(36)}`;
		const admin = new pg.Client({ connectionString: adminUrl(base) });
		await admin.connect();
		await admin.query(`create database ${name}`);
		env.DATABASE_URL = databaseUrl(base, name);
		cleanup = async () => {
			await admin.query(`drop database if exists ${name} with (force)`);
			await admin.end();
		};
	} else {
		const dir = mkdtempSync(join(tmpdir(), 'crm-http-'));
		env.DATA_DIR = dir;
		cleanup = async () => rmSync(dir, { recursive: true, force: true });
	}
	let output = '';
	const child = spawn(process.execPath, ['build/index.js'], { env, stdio: 'pipe' });
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	await waitForHealth(baseURL, child, () => output);
	project.provide('baseURL', baseURL);
	project.provide('engine', engine);
	project.provide('dataDir', env.DATA_DIR ?? '');
	project.provide('databaseUrl', env.DATABASE_URL ?? '');
	project.provide('mailDir', mailDir);
	return async () => {
		child.kill('SIGTERM');
		await new Promise((r) => child.once('exit', r));
		await cleanup();
		await smtp.stop();
		rmSync(mailDir, { recursive: true, force: true });
		if (/Internal Error|\[500\]|TypeError|ReferenceError/.test(output))
			console.warn(`[http:${engine}] the server logged errors:\n${output.slice(-4000)}`);
	};
}
