// Who is shown what: the wizard's cut of the content for one audience at one stage (issue 15
// §4–5), with the real questionnaires' three statements that need a live CRM.
import { describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '$lib/server/questionnaires/load';
import { askedContent, atStage, isPutTo } from './audience';
import type { ScoredQuestionnaire } from './schema';

const { lenses } = loadQuestionnaires();
const ids = (content: readonly ScoredQuestionnaire[]) =>
	new Set(
		content.flatMap((l) => l.items.flatMap((i) => i.statements.map((s) => `${i.id}/${s.id}`)))
	);
const find = (content: readonly ScoredQuestionnaire[], key: string) =>
	content
		.flatMap((l) =>
			l.items.flatMap((i) => i.statements.map((s) => [`${i.id}/${s.id}`, s] as const))
		)
		.find(([k]) => k === key)?.[1];

describe('askedContent', () => {
	it('gives a middle manager the common statements and their own, never a supervisor’s', () => {
		const all = ids(askedContent(lenses, 'all', null));
		const middle = ids(askedContent(lenses, 'middle_manager', null));
		const front = ids(askedContent(lenses, 'specialist', null));
		const common = ids(askedContent(lenses, 'common', null));
		expect(middle.has('information/data-inventory')).toBe(true);
		expect(front.has('information/data-inventory')).toBe(false);
		expect(front.has('information/timely-access')).toBe(true);
		expect(middle.has('information/timely-access')).toBe(false);
		expect(middle.has('vision/crm-vision')).toBe(false);
		for (const key of common) expect(middle.has(key) && front.has(key)).toBe(true);
		expect(common.size).toBeLessThan(middle.size);
		expect(middle.size).toBeLessThan(all.size);
	});

	it('leaves out the statements that need a live CRM before there is one', () => {
		const before = ids(askedContent(lenses, 'all', 'no_crm'));
		for (const key of [
			'user-adoption/training-tools',
			'process-design/single-entry',
			'metrics/infrastructure-metrics'
		])
			expect(before.has(key)).toBe(false);
		expect(before.has('metrics/customer-metrics')).toBe(true);
	});

	it('rewords them while choosing and implementing, and asks them as written once live', () => {
		const live = find(lenses, 'metrics/infrastructure-metrics');
		const choosing = find(
			askedContent(lenses, 'all', 'choosing'),
			'metrics/infrastructure-metrics'
		);
		expect(choosing?.text.en).toMatch(/selection requirements/);
		expect(choosing?.levels).not.toEqual(live?.levels);
		expect(find(askedContent(lenses, 'all', 'choosing'), 'user-adoption/training-tools')).toBe(
			undefined
		);
		expect(
			find(askedContent(lenses, 'all', 'implementing'), 'user-adoption/training-tools')?.text.en
		).toMatch(/being prepared/);
		expect(find(askedContent(lenses, 'all', 'live'), 'metrics/infrastructure-metrics')).toEqual(
			live
		);
		expect(askedContent(lenses, 'all', 'live')).toBe(askedContent(lenses, 'all', null));
	});

	it('asks a common statement of everyone and a tagged one of its layers only', () => {
		const tagged = find(lenses, 'information/data-inventory');
		if (!tagged) throw new Error('missing');
		expect(isPutTo(tagged, 'middle_manager', null)).toBe(true);
		expect(isPutTo(tagged, 'executive', null)).toBe(false);
		expect(isPutTo(tagged, 'common', null)).toBe(false);
		expect(isPutTo(tagged, 'all', null)).toBe(true);
		expect(atStage(tagged, 'no_crm')).toBe(tagged);
	});
});
