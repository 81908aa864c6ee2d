// `npm test`: everything that proves the product, in order — formatting and lint, types,
// unit and integration tests (PGlite, and PostgreSQL when TEST_DATABASE_URL is set), a
// production build, HTTP tests against it, the suites once more under Node 24 (one engine each),
// and the browser journeys in Chromium. What cannot run here is skipped loudly; with CI set, a
// missing browser, database or Node 24 is a failure instead.
//
// Steps that do not depend on each other and leave a core idle run side by side (lint beside
// the type check; the HTTP tests of the two engines, each against its own server): their output
// is printed whole, one after the other, as each ends.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findNode24 } from './node24.js';

const ci = Boolean(process.env.CI);
const results = [];
const skipped = [];

function step(name, cmd, args, env = {}) {
	const started = Date.now();
	console.log(`\n━━ ${name} ━━ ${cmd} ${args.join(' ')}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	results.push(`${r.status === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
	if (r.status !== 0) finish(1);
}

/** Runs the steps at once; prints each one's output when it ends; fails if any failed. */
async function together(steps) {
	const started = Date.now();
	console.log(`\n━━ side by side: ${steps.map((s) => s.name).join(' ∥ ')} ━━`);
	const outcomes = await Promise.all(
		steps.map(
			({ name, cmd, args, env = {} }) =>
				new Promise((resolve) => {
					const t = Date.now();
					const child = spawn(cmd, args, {
						stdio: ['ignore', 'pipe', 'pipe'],
						env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0', ...env }
					});
					const chunks = [];
					child.stdout.on('data', (d) => chunks.push(d));
					child.stderr.on('data', (d) => chunks.push(d));
					child.on('close', (status) => {
						const seconds = ((Date.now() - t) / 1000).toFixed(1);
						console.log(`\n━━ ${name} ━━ ${cmd} ${args.join(' ')} (${seconds} s)`);
						process.stdout.write(Buffer.concat(chunks));
						resolve({ name, status, seconds });
					});
				})
		)
	);
	const total = ((Date.now() - started) / 1000).toFixed(1);
	for (const o of outcomes)
		results.push(
			`${o.status === 0 ? 'ok  ' : 'FAIL'} ${o.name} (${o.seconds} s of ${total} s side by side)`
		);
	if (outcomes.some((o) => o.status !== 0)) finish(1);
}

function skip(what, how) {
	const line = `SKIPPED ${what} — ${how}`;
	skipped.push(line);
	console.warn(`\n!! ${line}`);
	if (ci) {
		console.error('!! CI is set: a skipped suite is a failure.');
		finish(1);
	}
}

function finish(code) {
	console.log('\n━━ summary ━━');
	for (const r of results) console.log(r);
	for (const s of skipped) console.log(`!! ${s}`);
	process.exit(code);
}

export function chromiumPath() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'])
		if (existsSync(p)) return p;
	return null;
}

await together([
	{ name: 'format and lint', cmd: 'npm', args: ['run', 'lint', '--silent'] },
	{ name: 'types (svelte-check)', cmd: 'npm', args: ['run', 'check', '--silent'] }
]);

if (!process.env.TEST_DATABASE_URL)
	skip(
		'integration tests on PostgreSQL',
		'set TEST_DATABASE_URL=postgres://user@127.0.0.1:5432/postgres (each run creates and drops its own databases)'
	);
const engines = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];
const projects = (names) => names.flatMap((n) => ['--project', n]);
step('unit and integration tests (vitest)', 'npx', [
	'vitest',
	'run',
	...projects(['unit', ...engines])
]);

step('production build', 'npm', ['run', 'build', '--silent']);
await together(
	engines.map((e) => ({
		name: `HTTP tests against the build (${e})`,
		cmd: 'npx',
		args: ['vitest', 'run', '--project', `http-${e}`]
	}))
);

// Under Node 24 (the README's recommended version), against the same build: the unit tests, the
// integration tests on the embedded engine (WebAssembly and its worker thread are what a new Node
// most often breaks) and the HTTP tests on PostgreSQL (the `pg` driver). One engine each, so the
// second Node costs one pass rather than two; both engines were covered under Node 20 above.
const node24 = findNode24();
if (!node24)
	skip('the suites under Node 24', 'node scripts/node24.js --install (or set NODE24=<binary>)');
else {
	const last = engines.includes('postgres') ? 'postgres' : 'pglite';
	step(`unit, integration (pglite) and HTTP (${last}) tests under Node 24`, node24, [
		'node_modules/vitest/vitest.mjs',
		'run',
		...projects(['unit', 'pglite', `http-${last}`])
	]);
}

const browser = chromiumPath();
if (!browser && !process.env.PLAYWRIGHT_BUNDLED_BROWSER)
	skip(
		'browser journeys (Playwright)',
		'install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH'
	);
else
	step('browser journeys (Playwright)', 'npx', ['playwright', 'test'], {
		CHROMIUM_PATH: browser ?? ''
	});

finish(0);
