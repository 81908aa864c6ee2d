import { describe, expect, it } from 'vitest';
import { mergePlan, type StoredAction } from './merge';
import { suggestion } from './test-fixtures';
import type { Suggestion } from './types';

const stored = (
	id: string,
	s: Suggestion | null,
	over: Partial<StoredAction> = {}
): StoredAction => ({
	id,
	key: s?.key ?? null,
	position: Number(id.slice(1)),
	suggested: s,
	text: null,
	phase: null,
	obsolete: false,
	...over
});

describe('mergePlan', () => {
	it('leaves unchanged recommendations alone', () => {
		const a = suggestion('a');
		expect(mergePlan([stored('r1', a)], [a])).toEqual({ update: [], insert: [] });
	});

	it('appends new recommendations after every existing action, in generation order', () => {
		const rows = [stored('r3', suggestion('a')), stored('r7', null, { text: 'my own' })];
		const result = mergePlan(rows, [suggestion('a'), suggestion('c'), suggestion('b')]);
		expect(result.insert.map((i) => [i.suggestion.key, i.position])).toEqual([
			['c', 8],
			['b', 9]
		]);
		expect(result.update).toEqual([]);
	});

	it('flags a recommendation that no longer applies instead of deleting it', () => {
		const a = suggestion('a');
		const result = mergePlan([stored('r1', a), stored('r2', null, { text: 'added' })], []);
		expect(result.update).toEqual([{ id: 'r1', suggested: a, obsolete: true, bump: true }]);
		expect(result.insert).toEqual([]);
	});

	it('clears the flag when the recommendation applies again', () => {
		const a = suggestion('a');
		expect(mergePlan([stored('r1', a, { obsolete: true })], [a]).update).toEqual([
			{ id: 'r1', suggested: a, obsolete: false, bump: true }
		]);
	});

	it('refreshes the recommendation under a person’s edits without disturbing them', () => {
		const before = suggestion('a');
		const after = suggestion('a', { text: { en: 'new', fa: 'تازه' }, phase: 'months_3_6' });
		// Text and phase both edited: what the row shows does not change, so no version bump.
		expect(
			mergePlan([stored('r1', before, { text: 'mine', phase: 'months_6_12' })], [after]).update
		).toEqual([{ id: 'r1', suggested: after, obsolete: false, bump: false }]);
		// Nothing edited: the new wording shows, so forms opened before must be refused.
		expect(mergePlan([stored('r1', before)], [after]).update).toEqual([
			{ id: 'r1', suggested: after, obsolete: false, bump: true }
		]);
	});

	it('ignores float noise in a stored priority', () => {
		const a = suggestion('a', { priority: 0.1 + 0.2 });
		expect(mergePlan([stored('r1', { ...a, priority: 0.3 })], [a]).update).toEqual([]);
	});
});
