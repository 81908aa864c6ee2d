// Node 24 beside the machine's Node. `npm test` runs the unit, integration and HTTP suites under
// both, so the app is known to work on the version the README recommends as well as on 20.
// Node 24 is found at $NODE24 (a binary), or in a cache outside the project — $NODE24_CACHE,
// default ~/.cache/crm-readiness/node24 — where `node scripts/node24.js --install` puts the npm
// registry's `node` package (an official build shipped inside a registry package; nothing is
// downloaded from anywhere else). Outside node_modules, so `npm ci` leaves it alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAJOR = 24;

export function node24Cache() {
	return process.env.NODE24_CACHE || join(homedir(), '.cache', 'crm-readiness', `node${MAJOR}`);
}

function isNode24(bin) {
	if (!bin || !existsSync(bin)) return false;
	const r = spawnSync(bin, ['-v'], { encoding: 'utf8' });
	return r.status === 0 && r.stdout.startsWith(`v${MAJOR}.`);
}

/** The Node 24 binary, or null when there is none yet. */
export function findNode24() {
	const candidates = [process.env.NODE24, join(node24Cache(), 'node_modules', '.bin', 'node')];
	return candidates.find(isNode24) ?? null;
}

export function installNode24() {
	const dir = node24Cache();
	mkdirSync(dir, { recursive: true });
	if (!existsSync(join(dir, 'package.json')))
		writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
	const r = spawnSync(
		'npm',
		['install', '--no-audit', '--no-fund', '--no-save', `node@${MAJOR}`],
		{ cwd: dir, stdio: ['ignore', 2, 2] } // npm's output to stderr: stdout is the path
	);
	if (r.status !== 0) throw new Error(`npm could not install node@${MAJOR} into ${dir}`);
	const bin = findNode24();
	if (!bin) throw new Error(`node@${MAJOR} was installed into ${dir} but does not run`);
	return bin;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	// Prints the binary's path (installing it first with --install), for `export NODE24=$(…)`.
	const bin = findNode24() ?? (process.argv.includes('--install') ? installNode24() : null);
	if (!bin) {
		console.error(`No Node ${MAJOR}: run node scripts/node24.js --install, or set NODE24.`);
		process.exit(1);
	}
	console.log(bin);
}
