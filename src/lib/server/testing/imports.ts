// Test helpers: the source tree's import graph, read from the files themselves. Structural tests
// (no import circles, the roadmap kept apart from the renderer) check it, so a wrong import fails
// the suite instead of waiting for a reviewer.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const SRC = resolve(__dirname, '../../..');
export const LIB = join(SRC, 'lib');

/** Every TypeScript and Svelte module under `dir` (declarations excluded), tests if asked. */
export function sourceFiles(dir: string, options: { tests?: boolean } = {}): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return sourceFiles(path, options);
		if (!/\.(ts|svelte)$/.test(e.name) || e.name.endsWith('.d.ts')) return [];
		return options.tests || !/\.test\.ts$/.test(e.name) ? [path] : [];
	});
}

// Static `import … from` (type-only included), `export … from`, side-effect imports and
// dynamic import(), in .ts files and in Svelte scripts alike.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function existing(path: string): string | null {
	for (const candidate of [path, `${path}.ts`, join(path, 'index.ts')])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	return null;
}

/** What a module imports; `path` is the file it resolves to, null for packages and $app. */
export function importsOf(file: string): { specifier: string; path: string | null }[] {
	return [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map(([, specifier = '']) => {
		if (specifier.startsWith('$lib/'))
			return { specifier, path: existing(join(LIB, specifier.slice('$lib/'.length))) };
		if (specifier.startsWith('.'))
			return { specifier, path: existing(resolve(dirname(file), specifier)) };
		return { specifier, path: null };
	});
}

/** The groups of modules that import each other, directly or around a circle (Tarjan). */
export function importCircles(files: readonly string[]): string[][] {
	const graph = new Map(
		files.map((f) => [f, importsOf(f).flatMap(({ path }) => (path ? [path] : []))])
	);
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const circles: string[][] = [];
	const visit = (v: string) => {
		index.set(v, index.size);
		low.set(v, index.get(v) as number);
		stack.push(v);
		onStack.add(v);
		for (const w of graph.get(v) ?? []) {
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
			} else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
		}
		if (low.get(v) !== index.get(v)) return;
		const group: string[] = [];
		let w: string | undefined;
		do {
			w = stack.pop();
			if (w === undefined) break;
			onStack.delete(w);
			group.push(w);
		} while (w !== v);
		if (group.length > 1 || (graph.get(v) ?? []).includes(v)) circles.push(group.sort());
	};
	for (const f of files) if (!index.has(f)) visit(f);
	return circles;
}

/** A module's domain: its folder under src/lib or src/lib/server; null for shared top-level files. */
export function domainOf(file: string): string | null {
	const parts = relative(LIB, file).split(sep);
	if (parts[0] === '..') return null;
	const [first, second] = parts[0] === 'server' ? ['server/', ...parts.slice(1)] : ['', ...parts];
	return parts.length > (first ? 2 : 1) ? `${first}${second}` : null;
}

/** Pairs of domains that import each other, each with one import either way. */
export function mutualDomains(files: readonly string[]): string[] {
	const edges = new Map<string, string>();
	for (const file of files)
		for (const { path } of importsOf(file)) {
			const [from, to] = [domainOf(file), path && domainOf(path)];
			if (from && to && from !== to && !edges.has(`${from} → ${to}`))
				edges.set(`${from} → ${to}`, `${relative(LIB, file)} imports ${relative(LIB, path ?? '')}`);
		}
	return [...edges].flatMap(([edge, example]) => {
		const [from = '', to = ''] = edge.split(' → ');
		const back = edges.get(`${to} → ${from}`);
		return back && from < to ? [`${from} ↔ ${to}: ${example}; ${back}`] : [];
	});
}
