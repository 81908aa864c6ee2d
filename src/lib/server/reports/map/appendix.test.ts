import { describe, expect, it } from 'vitest';
import { appendix } from './appendix';
import { context } from './input';
import { reportInput } from './test-fixtures';

describe('the roadmap’s appendix (hand-built input, see test-fixtures.ts)', () => {
	it('lists every answered statement with its distribution, unknowns and mean', () => {
		const { statements } = appendix(context(reportInput(), 'en'));
		// "flows" (the process item) was never answered: it is left out.
		expect(statements).toEqual([
			{
				item: 'vision',
				statement: 'direction',
				distribution: [2, 0, 0, 2, 0],
				dontKnow: 0,
				mean: 1.5,
				n: 4
			},
			{
				item: 'vision',
				statement: 'sponsor',
				distribution: [2, 0, 0, 2, 0],
				dontKnow: 0,
				mean: 1.5,
				n: 4
			},
			{
				item: 'budget',
				statement: 'funds',
				distribution: [0, 0, 3, 0, 0],
				dontKnow: 1,
				mean: 2,
				n: 3
			},
			{
				item: 'information',
				statement: 'data',
				distribution: [0, 2, 0, 2, 0],
				dontKnow: 0,
				mean: 2,
				n: 4
			},
			{
				item: 'adoption',
				statement: 'training',
				distribution: [0, 2, 2, 0, 0],
				dontKnow: 0,
				mean: 1.5,
				n: 4
			},
			{
				item: 'adoption',
				statement: 'use',
				distribution: [0, 1, 1, 0, 0],
				dontKnow: 2,
				mean: 1.5,
				n: 2
			}
		]);
	});

	it('names people and their comments when the assessment is not anonymous', () => {
		const { comments, roles } = appendix(context(reportInput(), 'en'));
		expect(comments).toEqual([
			{ item: 'information', text: 'Three spreadsheets.', role: 'specialist', name: 'Nasrin' },
			{ item: 'vision', text: 'We lack a sponsor.', role: 'executive' }
		]);
		expect(roles).toEqual([
			{ role: 'executive', count: 2, names: ['Sara', 'Kourosh'] },
			{ role: 'specialist', count: 2, names: ['Nasrin'] }
		]);
	});

	it('names nobody in an anonymous assessment, and counts layers under three as "other"', () => {
		const input = reportInput({ assessment: { title: 'Autumn workshop', anonymous: true } });
		const { comments, roles } = appendix(context(input, 'en'));
		expect(comments).toEqual([
			{ item: 'information', text: 'Three spreadsheets.', role: 'other' },
			{ item: 'vision', text: 'We lack a sponsor.', role: 'other' }
		]);
		expect(roles).toEqual([{ role: 'other', count: 4 }]);
	});
});
