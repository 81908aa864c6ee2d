import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { canonicalJson, contentHash } from './hash';
import { loadQuestionnaires, QuestionnaireError } from './load';
import { validSet, writeSet } from './test-fixtures';

describe('loadQuestionnaires', () => {
	it('returns the model, its lenses in model order, the goals and every file by id', () => {
		const loaded = loadQuestionnaires(writeSet(validSet()));
		expect(loaded.model.id).toBe('readiness-model');
		expect(loaded.lenses.map((l) => l.id)).toEqual([
			'strategic-planning',
			'failure-risks',
			'building-blocks'
		]);
		expect(loaded.goals.goals.map((g) => g.id)).toEqual(['roi']);
		expect([...loaded.byId.keys()].sort()).toEqual(Object.keys(loaded.hashes).sort());
		expect(loaded.byId.size).toBe(5);
	});

	it('applies the schema defaults, so the stored copy is complete', () => {
		const vision = loadQuestionnaires(writeSet(validSet())).lenses[2]?.items[0];
		expect(vision).toMatchObject({ critical: false, links: { risks: [], blocks: [], goals: [] } });
		expect(vision?.statements[0]?.weight).toBe(1);
	});

	it('loads a directory once', () => {
		const directory = writeSet(validSet());
		const first = loadQuestionnaires(directory);
		writeFileSync(join(directory, 'goals.yaml'), 'broken: [');
		expect(loadQuestionnaires(directory)).toBe(first);
	});

	it('throws every issue at once, one line each', () => {
		const files = validSet();
		(files['goals.yaml'] as { version: number }).version = 0;
		(files['readiness-model.yaml'] as { gating: { capAt: string } }).gating.capAt = 'middle';
		const directory = writeSet(files);
		let error: unknown;
		try {
			loadQuestionnaires(directory);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(QuestionnaireError);
		const { issues, message } = error as QuestionnaireError;
		expect(issues.map((i) => i.path).sort()).toEqual(['gating.capAt', 'version']);
		expect(message).toMatch(/goals\.yaml:\d+ {2}version {2}Too small/);
	});
});

describe('content hash', () => {
	it('is the sha256 of the parsed value with keys sorted, so a stored copy verifies', () => {
		const loaded = loadQuestionnaires(writeSet(validSet()));
		for (const [id, value] of loaded.byId)
			expect(contentHash(structuredClone(value))).toBe(loaded.hashes[id]);
		expect(loaded.hashes['goals']).toMatch(/^[0-9a-f]{64}$/);
		expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
	});

	it('ignores comments, formatting and key order, but not content', () => {
		const files = validSet();
		const before = loadQuestionnaires(writeSet(files)).hashes;
		const { items, ...rest } = files['building-blocks.yaml'] as Record<string, unknown>;
		const reordered = `# a comment\n${stringify({ items, ...rest }, { indent: 4 })}`;
		const after = loadQuestionnaires(
			writeSet({ ...files, 'building-blocks.yaml': reordered })
		).hashes;
		expect(after).toEqual(before);
		(files['building-blocks.yaml'] as { version: number }).version = 2;
		const changed = loadQuestionnaires(writeSet(files)).hashes;
		expect(changed['building-blocks']).not.toBe(before['building-blocks']);
		expect(changed['goals']).toBe(before['goals']);
	});
});
