// A small but complete, valid questionnaire set as plain objects, written to a temporary
// directory as YAML; tests break one thing at a time and look for the message.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

const text = (en: string) => ({ en, fa: `متن ${en}` });
const action = (id: string) => ({ id, text: text(id), effort: 'quick' });
const statement = (id: string, of = '') => ({
	id,
	// Statement texts are unique in a set (questionnaires:check refuses the same text twice).
	text: text(`${of} ${id}`.trim()),
	levels: [0, 1, 2, 3, 4].map((l) => text(`${id} ${l}`))
});

function item(id: string, extra: Record<string, unknown> = {}) {
	return {
		id,
		title: text(id),
		guidance: text(id),
		weight: 1,
		statements: [statement('s1', id), statement('s2', id)],
		actions: { low: [action('low')], mid: [action('mid')] },
		...extra
	};
}

const header = (id: string, kind: string) => ({
	id,
	version: 1,
	kind,
	title: text(id),
	description: text(id)
});

/** Files by name; each test takes a fresh copy and may change it. */
export function validSet(): Record<string, Record<string, unknown>> {
	return {
		'readiness-model.yaml': {
			...header('readiness-model', 'model'),
			lenses: [
				{ questionnaire: 'strategic-planning', weight: 1 },
				{ questionnaire: 'failure-risks', weight: 1 },
				{ questionnaire: 'building-blocks', weight: 1 }
			],
			bands: ['low', 'high'].map((id, i) => ({
				id,
				from: i * 50,
				label: text(id),
				summary: text(id)
			})),
			gating: { criticalBelow: 2, capAt: 'low' }
		},
		'strategic-planning.yaml': {
			...header('strategic-planning', 'scored'),
			items: [
				item('buy-in', {
					critical: true,
					links: { risks: ['weak-goals'], blocks: ['vision'], goals: ['roi'] }
				})
			]
		},
		'failure-risks.yaml': {
			...header('failure-risks', 'risk'),
			items: [
				item('weak-goals', {
					risk: {
						rules: [
							{
								level: 'high',
								when: { any: [{ statement: 's1', lt: 2 }, { unknown: { gte: 0.5 } }] }
							}
						],
						default: 'low',
						prevention: {
							high: [action('p-high')],
							medium: [action('p-medium')],
							low: [action('p-low')]
						}
					}
				})
			]
		},
		'building-blocks.yaml': { ...header('building-blocks', 'scored'), items: [item('vision')] },
		'goals.yaml': {
			...header('goals', 'worksheet'),
			goals: [
				{
					id: 'roi',
					title: text('roi'),
					description: text('roi'),
					kpis: [
						{
							id: 'k',
							name: text('k'),
							measurement: text('m'),
							baseline: text('b'),
							target: text('t'),
							unit: text('u'),
							direction: 'increase'
						}
					]
				}
			]
		}
	};
}

/** Writes the files (objects as YAML, strings verbatim) to a new temporary directory. */
export function writeSet(files: Record<string, unknown>): string {
	const directory = mkdtempSync(join(tmpdir(), 'questionnaires-'));
	for (const [name, content] of Object.entries(files))
		writeFileSync(
			join(directory, name),
			typeof content === 'string' ? content : stringify(content)
		);
	return directory;
}
