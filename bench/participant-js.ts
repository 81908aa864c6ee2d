// The JavaScript a workshop participant's phone downloads for /j/[code], measured from the
// production build: SvelteKit's two entry chunks, the root layout, the page, and every chunk
// they import statically (dynamic imports are not loaded up front), each counted once.
// Sizes are the gzip files adapter-node precompressed, i.e. what the server sends.
// Usage: npm run build && npx tsx bench/participant-js.ts
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 60;
const PAGE = 'src/routes/j/[code]/+page.svelte';
const LAYOUT = 'src/routes/+layout.svelte';
const OUT = '.svelte-kit/output/client';
const GENERATED = '.svelte-kit/generated/client-optimized/nodes';

interface Chunk {
	file: string;
	imports?: string[];
}
const manifest = JSON.parse(readFileSync(join(OUT, '.vite/manifest.json'), 'utf8')) as Record<
	string,
	Chunk
>;

/** The generated node module that loads a given route component. */
function nodeFor(component: string): string {
	for (const f of readdirSync(GENERATED)) {
		const src = readFileSync(join(GENERATED, f), 'utf8');
		if (src.includes(`/${component}"`)) return `${GENERATED}/${f}`;
	}
	throw new Error(`no client node loads ${component}: build first`);
}

const entries = [
	'node_modules/@sveltejs/kit/src/runtime/client/entry.js',
	'.svelte-kit/generated/client-optimized/app.js',
	nodeFor(LAYOUT),
	nodeFor(PAGE)
];

const files = new Set<string>();
function visit(key: string) {
	const chunk = manifest[key];
	if (!chunk) throw new Error(`not in the manifest: ${key}`);
	if (files.has(chunk.file)) return;
	files.add(chunk.file);
	for (const i of chunk.imports ?? []) visit(i);
}
entries.forEach(visit);

function gzipSize(file: string): number {
	const precompressed = join('build/client', `${file}.gz`);
	if (existsSync(precompressed)) return statSync(precompressed).size;
	return gzipSync(readFileSync(join(OUT, file)), { level: 9 }).length;
}

const rows = [...files].map((file) => ({
	file,
	raw: statSync(join(OUT, file)).size,
	gzip: gzipSize(file)
}));
rows.sort((a, b) => b.gzip - a.gzip);
const kb = (n: number) => (n / 1024).toFixed(1);
for (const r of rows)
	console.log(`${kb(r.gzip).padStart(6)} KB gz  ${kb(r.raw).padStart(6)} KB  ${r.file}`);
const total = rows.reduce((n, r) => n + r.gzip, 0);
const raw = rows.reduce((n, r) => n + r.raw, 0);
console.log(
	`\nparticipant page (${PAGE}): ${rows.length} chunks, ${kb(total)} KB gzip (${kb(raw)} KB raw); budget ${BUDGET_KB} KB — ${total <= BUDGET_KB * 1024 ? 'within' : 'OVER'}`
);
if (total > BUDGET_KB * 1024) process.exitCode = 1;
