// Does the time of a password reset request tell whether the address has an account? It must
// not (issue 18): the request path never looks the address up (src/lib/server/auth/reset-request.ts)
// and does the same work either way. This measures it against the production build, with mail
// going to a real SMTP server on loopback so the worker really sends in the background.
//
// Requests for existing accounts and for unknown addresses are sent one at a time in a random
// interleaving (so background work and machine load fall on both alike), each from its own
// client address and each address asked for at most RESET_PER_ACCOUNT times (no rate limit
// answers). Reports each group's median, p90 and mean, and the difference of medians with a
// bootstrap 95% interval.
// Budget: the interval includes 0 (no difference can be told from noise).
//
// Run after `npm run build`, under the bench lock:
//   flock /tmp/bench.lock npx tsx bench/reset-timing.ts              (embedded database)
//   DATABASE_URL=postgres://…/db flock /tmp/bench.lock npx tsx bench/reset-timing.ts
// REQUESTS (default 400 per group), ACCOUNTS (default 100) override the size.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SmtpCatcher } from '../src/lib/server/testing/smtp';
import { freePort, waitForHealth } from '../tests/http/server';

const REQUESTS = Number(process.env.REQUESTS ?? 400);
const ACCOUNTS = Number(process.env.ACCOUNTS ?? 100);
const PER_ADDRESS = 4;

const smtp = await new SmtpCatcher().start();
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dataDir = process.env.DATABASE_URL ? null : mkdtempSync(join(tmpdir(), 'crm-reset-'));
const child = spawn(process.execPath, ['build/index.js'], {
	env: {
		...process.env,
		PORT: String(port),
		ORIGIN: base,
		SMTP_URL: smtp.url,
		ADDRESS_HEADER: 'x-forwarded-for',
		XFF_DEPTH: '1',
		// The worker sends right after requests, during the measurement, as a busy server would.
		MAIL_POLL_SECONDS: '0.2',
		...(dataDir ? { DATA_DIR: dataDir } : {})
	},
	stdio: ['ignore', 'ignore', 'inherit']
});
await waitForHealth(base, child);

let client = 0;
function post(path: string, fields: Record<string, string>) {
	client++;
	return fetch(base + path, {
		method: 'POST',
		body: new URLSearchParams(fields),
		headers: {
			origin: base,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			'x-forwarded-for': `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`
		}
	});
}

const run = Date.now().toString(36);
const known: string[] = [];
for (let i = 0; i < ACCOUNTS; i++) {
	const email = `known-${run}-${i}@example.com`;
	await post('/signup', { name: `Known ${i}`, email, password: 'correct horse battery' });
	known.push(email);
}
const unknown = Array.from({ length: ACCOUNTS }, (_, i) => `unknown-${run}-${i}@example.com`);

const plan: ('known' | 'unknown')[] = [];
for (let i = 0; i < REQUESTS; i++) plan.push('known', 'unknown');
for (let i = plan.length - 1; i > 0; i--) {
	const j = Math.floor(Math.random() * (i + 1));
	[plan[i], plan[j]] = [plan[j] as 'known', plan[i] as 'known'];
}
const times = { known: [] as number[], unknown: [] as number[] };
const used = { known: 0, unknown: 0 };
const statuses = new Set<number>();
// Warm-up: the first requests of a process are slower for reasons that are not the address.
for (let i = 0; i < 20; i++)
	await post('/forgot-password', { email: `warm-${run}-${i}@example.com` });
for (const group of plan) {
	const pool = group === 'known' ? known : unknown;
	const email = pool[Math.floor(used[group]++ / PER_ADDRESS) % pool.length] as string;
	const started = performance.now();
	const res = await post('/forgot-password', { email });
	await res.text();
	times[group].push(performance.now() - started);
	statuses.add(res.status);
}

child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
await smtp.stop();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const quantile = (xs: number[], q: number) => sorted(xs)[Math.floor((xs.length - 1) * q)] ?? 0;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const pick = (xs: number[]) =>
	Array.from(xs, () => xs[Math.floor(Math.random() * xs.length)] as number);
const diffs = Array.from(
	{ length: 2000 },
	() => quantile(pick(times.known), 0.5) - quantile(pick(times.unknown), 0.5)
);
const summary = (xs: number[]) => ({
	n: xs.length,
	medianMs: +quantile(xs, 0.5).toFixed(2),
	p90Ms: +quantile(xs, 0.9).toFixed(2),
	meanMs: +mean(xs).toFixed(2)
});
const delta = quantile(times.known, 0.5) - quantile(times.unknown, 0.5);
console.log(
	JSON.stringify(
		{
			engine: process.env.DATABASE_URL ? 'postgres' : 'pglite',
			node: process.version,
			statuses: [...statuses],
			mailsSent: smtp.messages.length,
			known: summary(times.known),
			unknown: summary(times.unknown),
			medianDifferenceMs: +delta.toFixed(2),
			interval95Ms: [+quantile(diffs, 0.025).toFixed(2), +quantile(diffs, 0.975).toFixed(2)],
			budget: 'the interval includes 0'
		},
		null,
		2
	)
);
