// Pages receive only some message namespaces (see catalogue.ts and section.ts). This test reads
// every page's components — and the shared components they import — and fails when a page
// uses a namespace that neither the root layout nor one of its area layouts sends, which would
// show a raw key instead of text.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_NAMESPACES, catalogues, pickMessages } from './catalogue';

const ROUTES = 'src/routes';
const NAMESPACES = new Set(Object.keys(catalogues.en));

function pageDirs(dir: string): string[] {
	const here = existsSync(join(dir, '+page.svelte')) ? [dir] : [];
	return [
		...here,
		...readdirSync(dir)
			.map((n) => join(dir, n))
			.filter((p) => statSync(p).isDirectory())
			.flatMap(pageDirs)
	];
}

/** A page's own files and every component or module they import, transitively. */
function filesOf(dir: string): string[] {
	const seen = new Set<string>();
	const queue = readdirSync(dir)
		.filter((n) => /\.(svelte|ts)$/.test(n) && !n.includes('.test.') && n !== '+server.ts')
		.map((n) => join(dir, n));
	while (queue.length) {
		const file = queue.pop() as string;
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
			let target: string | null = null;
			if (spec?.startsWith('$lib/components/')) target = spec.replace('$lib', 'src/lib');
			else if (spec?.startsWith('./')) target = join(dirname(file), spec);
			if (!target) continue;
			queue.push(target.endsWith('.svelte') || target.endsWith('.ts') ? target : `${target}.ts`);
		}
	}
	return [...seen];
}

function used(files: string[]): Set<string> {
	const out = new Set<string>();
	for (const f of files)
		for (const [, ns] of readFileSync(f, 'utf8').matchAll(/\bt\(\s*['"`]([a-z_]+)\./g))
			if (ns && NAMESPACES.has(ns)) out.add(ns);
	return out;
}

function sent(dir: string): Set<string> {
	const out = new Set<string>(BASE_NAMESPACES);
	for (let d = dir; d.startsWith(ROUTES); d = dirname(d)) {
		const layout = join(d, '+layout.server.ts');
		if (!existsSync(layout)) continue;
		const call = /sectionLoad\(([^)]*)\)/.exec(readFileSync(layout, 'utf8'));
		for (const [, ns] of call?.[1]?.matchAll(/'([a-z_]+)'/g) ?? []) if (ns) out.add(ns);
	}
	return out;
}

describe('message namespaces per page', () => {
	const pages = pageDirs(ROUTES);

	it('finds the pages', () => {
		expect(pages.length).toBeGreaterThan(20);
	});

	it.each(pages.map((p) => [p.slice(ROUTES.length) || '/', p]))(
		'%s gets every namespace it uses',
		(_, dir) => {
			const missing = [...used(filesOf(dir))].filter((ns) => !sent(dir).has(ns));
			expect(missing, `add them to a +layout.server.ts sectionLoad(…) above ${dir}`).toEqual([]);
		}
	);

	it('never sends the PDF’s strings to the browser', () => {
		for (const dir of pages) expect(sent(dir).has('report'), dir).toBe(false);
	});

	it('picks only the namespaces asked for', () => {
		const picked = pickMessages('fa', ['common', 'register']);
		expect(Object.keys(picked)).toEqual(['common', 'register']);
		expect(picked.register).toBe(catalogues.fa.register);
	});
});
