// A fingerprint of everything a build depends on, so `npm start` rebuilds only when needed.
// `npm run build` records it (postbuild); `npm start` compares.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = [
	'src',
	'static',
	'questionnaires',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts'
];
export const STAMP = 'build/.source-hash';

export function sourceHash() {
	const h = createHash('sha256');
	const walk = (p) => {
		if (!existsSync(p)) return;
		const st = statSync(p);
		if (st.isDirectory()) for (const e of readdirSync(p).sort()) walk(join(p, e));
		else h.update(`${p}\0${st.size}\0${st.mtimeMs}\0`);
	};
	INPUTS.forEach(walk);
	return h.digest('hex');
}

export function isBuildCurrent() {
	return (
		existsSync('build/index.js') &&
		existsSync(STAMP) &&
		readFileSync(STAMP, 'utf8') === sourceHash()
	);
}
