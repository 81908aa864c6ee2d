// `npm start`: build when the sources changed since the last build, then serve the build.
// Migrations run inside the server's init hook before it accepts requests.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { isBuildCurrent } from './source-hash.js';

if (!isBuildCurrent()) {
	console.log('[start] building the app (sources changed since the last build)…');
	const r = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

process.env.PORT ??= '3000';
// adapter-node needs to know the public origin to accept form posts (CSRF check). Default
// to localhost; set ORIGIN to the address participants use (e.g. http://192.168.1.20:3000).
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;

const where = process.env.DATABASE_URL
	? 'PostgreSQL (DATABASE_URL)'
	: `embedded PostgreSQL in ${process.env.DATA_DIR || 'data'}/`;
try {
	await import(join(process.cwd(), 'build/index.js'));
} catch (err) {
	console.error(`\n[start] could not start: ${err instanceof Error ? err.message : err}\n`);
	process.exit(1);
}
console.log(`\nCRM Readiness is running at ${process.env.ORIGIN} — database: ${where}\n`);
if (!process.env.DATABASE_URL)
	console.log(
		'[start] Embedded database: every save you see acknowledged survives a crash or kill of ' +
			'this process, but it is not guaranteed against a power cut or an operating-system ' +
			'crash. For that, and for several instances, use PostgreSQL (DATABASE_URL).\n'
	);
