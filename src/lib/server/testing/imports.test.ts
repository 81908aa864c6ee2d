import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	domainOf,
	importCircles,
	importsOf,
	LIB,
	mutualDomains,
	SRC,
	sourceFiles
} from './imports';

describe('the import graph', () => {
	it('has no circles anywhere in src/, type-only imports included', () => {
		const circles = importCircles(sourceFiles(SRC, { tests: true }));
		expect(circles.map((c) => c.map((f) => relative(SRC, f)))).toEqual([]);
	});

	it('has no two domains that import each other (tests aside)', () => {
		expect(mutualDomains(sourceFiles(LIB))).toEqual([]);
	});

	it('names a module’s domain by its folder, pure or server', () => {
		expect(domainOf(join(LIB, 'plans/view.ts'))).toBe('plans');
		expect(domainOf(join(LIB, 'server/plans/repository.ts'))).toBe('server/plans');
		expect(domainOf(join(LIB, 'server/reports/map/index.ts'))).toBe('server/reports');
		expect(domainOf(join(LIB, 'server/tokens.ts'))).toBeNull();
		expect(domainOf(join(LIB, 'packed.ts'))).toBeNull();
	});

	it('finds a circle through a type-only import, and resolves index files', () => {
		const dir = mkdtempSync(join(tmpdir(), 'imports-'));
		mkdirSync(join(dir, 'lib'));
		writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = b;\n");
		writeFileSync(join(dir, 'b.ts'), "import type { C } from './lib';\nexport const b = 1;\n");
		writeFileSync(join(dir, 'lib', 'index.ts'), "export type C = import('../a');\n");
		expect(importsOf(join(dir, 'b.ts'))).toEqual([
			{ specifier: './lib', path: join(dir, 'lib', 'index.ts') }
		]);
		expect(importCircles(sourceFiles(dir))).toEqual([
			[join(dir, 'a.ts'), join(dir, 'b.ts'), join(dir, 'lib', 'index.ts')]
		]);
	});
});
