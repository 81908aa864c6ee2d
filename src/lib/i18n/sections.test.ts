// Pages receive only some message namespaces (see catalogue.ts and section.ts). This test reads
// every page's components — and the shared components they import — and fails when a page
// uses a namespace that neither the root layout nor one of its layouts nor its own load sends,
// which would show a raw key instead of text; and when a page is sent a namespace it never uses,
// which would make every view of it slower for nothing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_NAMESPACES, catalogues } from './catalogue';
import { sectionMessages } from './section';

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

const CALL = /section(?:Load|Messages)\(([^)]*)\)/g;

/** A load that builds its own table (the plan's, trimmed of server-only templates) names it so. */
const OWN_TABLE = /\bmessages_([a-z_]+)\s*:/g;

function namesIn(file: string): string[] {
	if (!existsSync(file)) return [];
	const source = readFileSync(file, 'utf8');
	return [
		...[...source.matchAll(CALL)].flatMap(([, args]) =>
			[...(args ?? '').matchAll(/'([a-z_]+)'/g)].map(([, ns]) => ns as string)
		),
		...[...source.matchAll(OWN_TABLE)].map(([, ns]) => ns as string)
	];
}

/** What reaches a page beyond the root layout's namespaces: its layouts' and its own load's. */
function sentBeyondBase(dir: string): string[] {
	const out = namesIn(join(dir, '+page.server.ts'));
	for (let d = dir; d.startsWith(ROUTES); d = dirname(d))
		out.push(...namesIn(join(d, '+layout.server.ts')));
	return out;
}

function sent(dir: string): Set<string> {
	return new Set<string>([...BASE_NAMESPACES, ...sentBeyondBase(dir)]);
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

	it.each(pages.map((p) => [p.slice(ROUTES.length) || '/', p]))(
		'%s is sent no namespace it does not use, and none twice',
		(_, dir) => {
			const beyond = sentBeyondBase(dir);
			const uses = used(filesOf(dir));
			expect(beyond.filter((ns) => !uses.has(ns))).toEqual([]);
			expect(beyond.length, beyond.join(' ')).toBe(new Set(beyond).size);
			expect(beyond.filter((ns) => (BASE_NAMESPACES as readonly string[]).includes(ns))).toEqual(
				[]
			);
		}
	);

	it('never sends the PDF’s strings to the browser', () => {
		for (const dir of pages) expect(sent(dir).has('report'), dir).toBe(false);
	});

	it('sends each namespace under its own key, in the language asked for', () => {
		const picked = sectionMessages('fa', 'common', 'register');
		expect(Object.keys(picked)).toEqual(['messages_common', 'messages_register']);
		expect(picked.messages_register?.value).toBe(catalogues.fa.register);
		expect(JSON.parse(picked.messages_register?.json ?? '')).toEqual(catalogues.fa.register);
	});
});
