// `questionnaires:check` on the register evidence a statement declares (issue 15 §7): figure
// names, shares written as shares, one reading per figure, stricter requirements higher up.
import { describe, expect, it } from 'vitest';
import { checkQuestionnaires } from './load';
import { validSet, writeSet } from './test-fixtures';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into the YAML freely
type Loose = any;

function issuesWith(evidence: unknown) {
	const files = validSet();
	(files['building-blocks.yaml'] as Loose).items[0].statements[0].evidence = evidence;
	return checkQuestionnaires(writeSet(files)).issues.map((i) => [i.path, i.message]);
}

const at = 'items[0].statements[0].evidence';

describe('checkQuestionnaires: register evidence of a statement', () => {
	it('accepts figures and requirements that read one way and tighten with the level', () => {
		expect(
			issuesWith([
				{ figure: 'duplicate_rate', from: 3, atMost: 0.02 },
				{ figure: 'duplicate_rate', from: 4, atMost: 0.01 },
				{ figure: 'contact_completeness', from: 3, atLeast: 0.8 }
			])
		).toEqual([]);
	});

	it('refuses an unknown figure, a share above 1 and a requirement with no or two bounds', () => {
		const issues = issuesWith([
			{ figure: 'duplicates', from: 3, atMost: 0.02 },
			{ figure: 'duplicate_rate', from: 3, atMost: 2 },
			{ figure: 'completeness', from: 3 },
			{ figure: 'completeness', from: 0, atLeast: 0.5, atMost: 0.9 }
		]);
		expect(issues).toEqual(
			expect.arrayContaining([
				[`${at}[0].figure`, expect.stringContaining('"duplicate_rate"')],
				[`${at}[1].atMost`, 'a share from 0 to 1 (2% is 0.02)'],
				[`${at}[2]`, 'give exactly one of atMost or atLeast'],
				[`${at}[3].from`, expect.stringContaining('>=1')]
			])
		);
	});

	it('refuses one figure read both ways, a level given it twice, a higher level asking less', () => {
		expect(
			issuesWith([
				{ figure: 'duplicate_rate', from: 3, atMost: 0.02 },
				{ figure: 'duplicate_rate', from: 4, atLeast: 0.5 },
				{ figure: 'completeness', from: 3, atLeast: 0.8 },
				{ figure: 'completeness', from: 3, atLeast: 0.7 },
				{ figure: 'completeness', from: 4, atLeast: 0.6 }
			])
		).toEqual([
			[
				`${at}[1]`,
				'duplicate_rate is already required at most a value (index 0): one figure reads one way'
			],
			[`${at}[3].from`, 'completeness already has a requirement from level 3 (index 2)'],
			[`${at}[4].atLeast`, 'level 4 asks less of completeness than level 3 does (0.8)']
		]);
	});
});
