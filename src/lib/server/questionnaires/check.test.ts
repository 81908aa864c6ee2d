import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQuestionnaires } from './load';
import { validSet, writeSet } from './test-fixtures';

type Files = ReturnType<typeof validSet>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into the YAML freely
type Loose = any;

function issuesAfter(change: (files: Record<string, Loose>) => void) {
	const files: Files = validSet();
	change(files);
	const directory = writeSet(files);
	return checkQuestionnaires(directory).issues.map((i) => ({
		...i,
		file: i.file.replace(directory, '').replace(/^[\\/]/, '')
	}));
}

describe('checkQuestionnaires: single files', () => {
	it('accepts the valid set', () => {
		expect(issuesAfter(() => {})).toEqual([]);
	});

	it('names file, line, path and reason for a Persian text without Persian script', () => {
		const files = validSet();
		(files['strategic-planning.yaml'] as Loose).items[0].statements[1].levels[2].fa = 'level two';
		const directory = writeSet(files);
		const [issue, ...rest] = checkQuestionnaires(directory).issues;
		const lines = readFileSync(join(directory, 'strategic-planning.yaml'), 'utf8').split('\n');
		expect(rest).toEqual([]);
		expect(issue).toMatchObject({
			file: join(directory, 'strategic-planning.yaml'),
			path: 'items[0].statements[1].levels[2].fa',
			message: 'Persian text contains no Persian script'
		});
		expect(lines[(issue?.line ?? 0) - 1]).toContain('fa: level two');
	});

	it('reports YAML syntax errors with their line', () => {
		const issues = issuesAfter((f) => (f['goals.yaml'] = 'id: goals\nkind: [worksheet\n'));
		expect(issues[0]).toMatchObject({
			file: 'goals.yaml',
			path: '',
			message: expect.stringMatching(/^YAML: /)
		});
		expect(issues[0]?.line).toBeGreaterThan(0);
	});

	it('reports unknown keys and a wrong kind', () => {
		const issues = issuesAfter((f) => {
			f['building-blocks.yaml'].items[0].colour = 'red';
			f['goals.yaml'].kind = 'goals';
		});
		expect(issues).toContainEqual(
			expect.objectContaining({
				file: 'building-blocks.yaml',
				path: 'items[0]',
				message: 'Unrecognized key: "colour"'
			})
		);
		expect(issues).toContainEqual(
			expect.objectContaining({
				file: 'goals.yaml',
				path: 'kind',
				message: expect.stringContaining("Expected 'scored'")
			})
		);
	});

	it('explains a risk condition that matches no form', () => {
		const issues = issuesAfter(
			(f) => (f['failure-risks.yaml'].items[0].risk.rules[0].when = { statment: 's1', lt: 2 })
		);
		expect(issues).toContainEqual({
			file: 'failure-risks.yaml',
			line: expect.any(Number),
			path: 'items[0].risk.rules[0].when',
			message:
				'matches no allowed form: expected one of the keys statement, score, unknown, all, any; not allowed here: statment'
		});
	});

	it('follows the one plausible form of a condition down to the wrong value', () => {
		const issues = issuesAfter(
			(f) =>
				(f['failure-risks.yaml'].items[0].risk.rules[0].when = { all: [{ score: { lt: 'x' } }] })
		);
		expect(issues.map((i) => i.path)).toEqual(['items[0].risk.rules[0].when.all[0].score.lt']);
	});
});

describe('checkQuestionnaires: across files', () => {
	it.each<
		[string, (f: Record<string, Loose>) => void, { file: string; path: string; message: RegExp }]
	>([
		[
			'duplicate item ids across files',
			(f) => (f['building-blocks.yaml'].items[0].id = 'buy-in'),
			{
				file: 'building-blocks.yaml',
				path: 'items[0].id',
				message: /item id "buy-in" is also used in .*strategic-planning.yaml/
			}
		],
		[
			'duplicate statement ids',
			(f) => (f['building-blocks.yaml'].items[0].statements[1].id = 's1'),
			{
				file: 'building-blocks.yaml',
				path: 'items[0].statements[1].id',
				message: /duplicate statement id "s1"/
			}
		],
		[
			'duplicate action ids',
			(f) => (f['building-blocks.yaml'].items[0].actions.mid[0].id = 'low'),
			{
				file: 'building-blocks.yaml',
				path: 'items[0].actions.mid[0].id',
				message: /duplicate action id "low"/
			}
		],
		[
			'a risk link to an item that is not a risk',
			(f) => (f['strategic-planning.yaml'].items[0].links.risks = ['vision']),
			{
				file: 'strategic-planning.yaml',
				path: 'items[0].links.risks[0]',
				message: /"vision" is not an item of a `kind: risk` questionnaire/
			}
		],
		[
			'a block link to an item outside building-blocks',
			(f) => (f['strategic-planning.yaml'].items[0].links.blocks = ['weak-goals']),
			{
				file: 'strategic-planning.yaml',
				path: 'items[0].links.blocks[0]',
				message: /not an item of building-blocks/
			}
		],
		[
			'a goal link to no goal',
			(f) => (f['building-blocks.yaml'].items[0].links = { goals: ['speed'] }),
			{
				file: 'building-blocks.yaml',
				path: 'items[0].links.goals[0]',
				message: /"speed" is not a goal of the worksheet/
			}
		],
		[
			'a risk rule about another item',
			(f) => (f['failure-risks.yaml'].items[0].risk.rules[0].when.any[0].statement = 's9'),
			{
				file: 'failure-risks.yaml',
				path: 'items[0].risk.rules[0].when.any[0].statement',
				message: /"s9" is not a statement of item "weak-goals"/
			}
		],
		[
			'a risk item without rules',
			(f) => delete f['failure-risks.yaml'].items[0].risk,
			{ file: 'failure-risks.yaml', path: 'items[0]', message: /need risk rules/ }
		],
		[
			'risk rules in a scored lens',
			(f) => (f['building-blocks.yaml'].items[0].risk = f['failure-risks.yaml'].items[0].risk),
			{ file: 'building-blocks.yaml', path: 'items[0].risk', message: /belong in a `kind: risk`/ }
		],
		[
			'a lens that does not exist',
			(f) => (f['readiness-model.yaml'].lenses[2].questionnaire = 'blocks'),
			{
				file: 'readiness-model.yaml',
				path: 'lenses[2].questionnaire',
				message: /no questionnaire "blocks"/
			}
		],
		[
			'a lens that is not scored',
			(f) => (f['readiness-model.yaml'].lenses[2].questionnaire = 'goals'),
			{
				file: 'readiness-model.yaml',
				path: 'lenses[2].questionnaire',
				message: /"goals" is a worksheet/
			}
		],
		[
			'a lens named twice',
			(f) => (f['readiness-model.yaml'].lenses[2].questionnaire = 'failure-risks'),
			{
				file: 'readiness-model.yaml',
				path: 'lenses[2].questionnaire',
				message: /duplicate lens id/
			}
		],
		[
			'bands that do not start at 0',
			(f) => (f['readiness-model.yaml'].bands[0].from = 10),
			{ file: 'readiness-model.yaml', path: 'bands[0].from', message: /start at 0/ }
		],
		[
			'bands that do not ascend',
			(f) => (f['readiness-model.yaml'].bands[1].from = 0),
			{ file: 'readiness-model.yaml', path: 'bands[1].from', message: /must ascend/ }
		],
		[
			'a cap that is not a band',
			(f) => (f['readiness-model.yaml'].gating.capAt = 'emerging'),
			{ file: 'readiness-model.yaml', path: 'gating.capAt', message: /"emerging" is not a band id/ }
		],
		[
			'an id that differs from the file name',
			(f) => (f['goals.yaml'].id = 'goal-sheet'),
			{ file: 'goals.yaml', path: 'id', message: /differs from the file name/ }
		]
	])('reports %s', (_, change, expected) => {
		expect(issuesAfter(change)).toContainEqual({
			...expected,
			line: expect.any(Number),
			message: expect.stringMatching(expected.message)
		});
	});

	it('needs exactly one model and one worksheet', () => {
		const issues = issuesAfter((f) => {
			f['goals-2.yaml'] = { ...f['goals.yaml'], id: 'goals-2' };
			delete f['readiness-model.yaml'];
		});
		expect(issues.map((i) => i.message)).toEqual(
			expect.arrayContaining([
				'expected exactly one `kind: model` file, found 0',
				'expected exactly one `kind: worksheet` file, found 2'
			])
		);
	});
});

describe('checkQuestionnaires with one file', () => {
	it('reports only that file, checked against the others', () => {
		const files = validSet();
		(files['strategic-planning.yaml'] as Loose).items[0].statements[1].id = 's1';
		(files['building-blocks.yaml'] as Loose).items[0].links = { goals: ['nope'] };
		const directory = writeSet(files);
		const result = checkQuestionnaires(directory, join(directory, 'building-blocks.yaml'));
		expect(result.issues.map((i) => i.path)).toEqual(['items[0].links.goals[0]']);
		expect(result.unchecked).toEqual([]);
	});

	it('does not check links while another file is invalid, and says which', () => {
		const files = validSet();
		(files['goals.yaml'] as Loose).version = 0;
		(files['building-blocks.yaml'] as Loose).items[0].links = { goals: ['nope'] };
		const directory = writeSet(files);
		const result = checkQuestionnaires(directory, join(directory, 'building-blocks.yaml'));
		expect(result.issues).toEqual([]);
		expect(result.unchecked).toEqual([join(directory, 'goals.yaml')]);
	});

	it('checks an edited copy from elsewhere in place of the file of the same name', () => {
		const directory = writeSet(validSet());
		const elsewhere = writeSet({});
		const copy = join(elsewhere, 'building-blocks.yaml');
		writeFileSync(
			copy,
			readFileSync(join(directory, 'building-blocks.yaml'), 'utf8').replace(
				'id: vision',
				'id: buy-in'
			)
		);
		const issues = checkQuestionnaires(directory, copy).issues;
		// the copy replaced building-blocks.yaml, so "vision" is gone and buy-in is a duplicate
		expect(issues.map((i) => [i.file, i.path])).toEqual([[copy, 'items[0].id']]);
	});

	it('reports a file it cannot read instead of crashing', () => {
		const directory = writeSet(validSet());
		const missing = join(directory, 'missing.yaml');
		expect(checkQuestionnaires(directory, missing).issues).toEqual([
			{ file: missing, path: '', message: expect.stringMatching(/^cannot read the file: .*ENOENT/) }
		]);
	});
});

describe('checkQuestionnaires: the set rules of version 2', () => {
	const SCOPE = [
		'deployment',
		'data_migration',
		'integration',
		'customisation',
		'staffing',
		'change_management',
		'time',
		'cost',
		'quality'
	];
	const withScope = (f: Record<string, Loose>, dimensions: string[]) => {
		const first = f['failure-risks.yaml'].items[0].statements[0];
		f['failure-risks.yaml'].items[0].statements = dimensions.map((scope, i) => ({
			...first,
			id: `scope-${i}`,
			scope,
			text: { en: `Scope row ${i}`, fa: `ردیف محدوده ${i}` }
		}));
		f['failure-risks.yaml'].items[0].risk.rules = [{ level: 'high', when: { score: { lt: 40 } } }];
	};

	it('refuses two statements with the same text in one set, across lenses and in either language', () => {
		const issues = issuesAfter((f) => {
			f['building-blocks.yaml'].items[0].statements[1].text.en =
				f['strategic-planning.yaml'].items[0].statements[0].text.en.toUpperCase() + '.';
			f['failure-risks.yaml'].items[0].statements[1].text.fa =
				f['failure-risks.yaml'].items[0].statements[0].text.fa;
		});
		expect(issues).toEqual([
			expect.objectContaining({
				// Files are read in name order, so the later one (strategic-planning) is reported.
				file: 'strategic-planning.yaml',
				path: 'items[0].statements[0].text.en',
				message: expect.stringMatching(/^the same statement text as building-blocks\/vision\/s2/)
			}),
			expect.objectContaining({
				file: 'failure-risks.yaml',
				path: 'items[0].statements[1].text.fa',
				message: expect.stringMatching(/^the same statement text as failure-risks\/weak-goals\/s1/)
			})
		]);
	});

	it('accepts nine scope statements, one per dimension', () => {
		expect(issuesAfter((f) => withScope(f, SCOPE))).toEqual([]);
	});

	it('requires every scope dimension to map to exactly one statement', () => {
		const issues = issuesAfter((f) => withScope(f, [...SCOPE.slice(0, 7), 'time']));
		expect(issues.map((i) => [i.path, i.message])).toEqual([
			[
				'items[0].statements[7].scope',
				'scope dimension "time" is already measured by failure-risks/weak-goals/scope-6'
			],
			[
				'',
				'no statement measures the scope dimension(s) cost, quality: each of the nine needs exactly one'
			]
		]);
	});

	it('checks that an action lifts statements of its own item and comes after real actions', () => {
		const issues = issuesAfter((f) => {
			const actions = f['building-blocks.yaml'].items[0].actions;
			actions.low[0].lifts = [{ statement: 's9', to: 3 }];
			actions.mid[0].after = ['low', 'nowhere', 'mid'];
		});
		expect(issues.map((i) => [i.path, i.message])).toEqual([
			['items[0].actions.low[0].lifts[0].statement', '"s9" is not a statement of item "vision"'],
			['items[0].actions.mid[0].after[1]', '"nowhere" is not an action of building-blocks'],
			['items[0].actions.mid[0].after[2]', 'an action cannot come after itself']
		]);
	});

	it('refuses an unknown role layer in an audience, and names the known ones', () => {
		const issues = issuesAfter((f) => {
			f['building-blocks.yaml'].items[0].statements[0].audience = ['executive', 'ceo'];
		});
		expect(issues).toEqual([
			expect.objectContaining({
				file: 'building-blocks.yaml',
				path: 'items[0].statements[0].audience[1]',
				message: 'unknown role layer "ceo": use one of executive, middle_manager, specialist'
			})
		]);
	});

	it('refuses a layer named twice, and an audience of every layer (that is a common statement)', () => {
		const issues = issuesAfter((f) => {
			f['building-blocks.yaml'].items[0].statements[0].audience = ['specialist', 'specialist'];
			f['building-blocks.yaml'].items[0].statements[1].audience = [
				'executive',
				'middle_manager',
				'specialist'
			];
		});
		expect(issues.map((i) => [i.path, i.message])).toEqual([
			['items[0].statements[0].audience[1]', 'role layer "specialist" is named twice'],
			[
				'items[0].statements[1].audience',
				'every role layer is named: leave the audience out for a common statement'
			]
		]);
	});

	it('accepts stage wording and skips, and refuses a stage that does not exist', () => {
		const ok = issuesAfter((f) => {
			const s = f['building-blocks.yaml'].items[0].statements[0];
			s.stages = {
				no_crm: 'skip',
				choosing: { text: { en: 'Chosen', fa: 'انتخاب' }, levels: s.levels }
			};
		});
		expect(ok).toEqual([]);
		const issues = issuesAfter((f) => {
			f['building-blocks.yaml'].items[0].statements[0].stages = { live: 'skip' };
		});
		expect(issues).toEqual([
			expect.objectContaining({
				file: 'building-blocks.yaml',
				path: 'items[0].statements[0].stages',
				message: 'Unrecognized key: "live"'
			})
		]);
	});

	it('passes the real content, and the stored version 1', () => {
		expect(checkQuestionnaires('questionnaires').issues).toEqual([]);
		expect(checkQuestionnaires('questionnaires/v1').issues).toEqual([]);
	});
});
