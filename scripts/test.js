// `npm test`: everything that proves the product, in order — formatting and lint, types,
// unit and integration tests (PGlite, and PostgreSQL when TEST_DATABASE_URL is set), a
// production build, HTTP tests against it, the suites once more under Node 24 (one engine each),
// and the browser journeys in Chromium. What cannot run here is skipped loudly; with CI set, a
// missing browser, database or Node 24 is a failure instead.
import { spawnSync } from 'node:child_process';
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

step('format and lint', 'npm', ['run', 'lint', '--silent']);
step('types (svelte-check)', 'npm', ['run', 'check', '--silent']);

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
step(`HTTP tests against the build (${engines.join(', ')})`, 'npx', [
	'vitest',
	'run',
	...projects(engines.map((e) => `http-${e}`))
]);

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
