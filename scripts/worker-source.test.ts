import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED, generatedFile, workerModule } from './worker-source';

describe('the embedded database worker’s generated source', () => {
	it('matches embedded-worker.ts', () => {
		expect(
			readFileSync(GENERATED, 'utf8'),
			'run `npm run db:worker` after changing src/lib/server/db/embedded-worker.ts'
		).toBe(generatedFile());
	});

	it('keeps the code and drops only the types', () => {
		const js = workerModule(
			"import type { A } from 'a';\nconst n: number = 1;\nexport interface B { a: A }\nexport const c = n;\n"
		);
		expect(js).toBe('const n = 1;\nexport const c = n;\n//# sourceURL=embedded-worker.js\n');
	});
});
