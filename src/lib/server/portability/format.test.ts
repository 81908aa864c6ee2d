import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchema } from './format';
import { validate } from './import';

describe('the export format', () => {
	it('is published in docs/export-schema.json exactly as the code defines it', () => {
		const committed = JSON.parse(readFileSync('docs/export-schema.json', 'utf8'));
		expect(committed, 'run `npm run org:schema` and commit the result').toEqual(jsonSchema());
	});

	it('refuses what is not an export, naming why', () => {
		const cases: [string, string][] = [
			['', 'portability.errors.not_json'],
			['{"format":"crm-readiness/organisation"', 'portability.errors.not_json'],
			['[]', 'portability.errors.format'],
			['null', 'portability.errors.format'],
			['{"format":"something-else","version":1}', 'portability.errors.format'],
			['{"format":"crm-readiness/organisation","version":"1"}', 'portability.errors.version'],
			['{"format":"crm-readiness/organisation","version":1}', 'portability.errors.integrity']
		];
		for (const [text, key] of cases)
			expect(validate(text), text).toMatchObject({ ok: false, error: { key } });
	});
});
