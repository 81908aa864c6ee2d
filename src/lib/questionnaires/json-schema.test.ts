import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { questionnaireJsonSchema } from './json-schema';

it('matches the committed questionnaires/schema.json (run `npm run questionnaires:schema`)', () => {
	expect(readFileSync('questionnaires/schema.json', 'utf8')).toBe(questionnaireJsonSchema());
});

it('offers every kind of file and names the shared definitions', () => {
	const schema = JSON.parse(questionnaireJsonSchema());
	const kinds = schema.oneOf.flatMap(
		(branch: { properties: { kind: { enum?: string[]; const?: string } } }) => {
			const kind = branch.properties.kind;
			return kind.enum ?? [kind.const];
		}
	);
	expect(kinds.sort()).toEqual(['model', 'risk', 'scored', 'worksheet']);
	expect(Object.keys(schema.definitions)).toEqual(
		expect.arrayContaining(['Bilingual', 'Item', 'Condition'])
	);
});
