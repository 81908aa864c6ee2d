import { describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '$lib/server/questionnaires/load';
import {
	answeredCount,
	expand,
	outline,
	positions,
	positionsOf,
	wizardContent
} from './wizard-content';

const full = wizardContent(loadQuestionnaires().lenses, 'fa');
const items = full.flatMap((l) => l.items);

describe('the question page’s outline', () => {
	it('keeps the item on screen whole and only the ids of the others', () => {
		const at = positions(full)[5] as string;
		const sent = outline(full, at);
		expect(sent.current).toEqual(items[5]);
		const working = expand(sent);
		expect(positions(working)).toEqual(positions(full));
		expect(working.map((l) => l.title)).toEqual(full.map((l) => l.title));
		const whole = working.flatMap((l) => l.items).filter((i) => !i.pending);
		expect(whole.map((i) => `${i.lens}/${i.id}`)).toEqual([at]);
		for (const [n, item] of working.flatMap((l) => l.items).entries()) {
			const original = items[n];
			expect(item.lens).toBe(original?.lens);
			expect(item.statements).toHaveLength(original?.statements.length ?? -1);
			if (item.pending) {
				expect(item.title).toBe('');
				expect(item.statements.every((s) => s.text === '' && s.levels.length === 0)).toBe(true);
			} else {
				expect(item.statements.map((s) => s.id)).toEqual(original?.statements.map((s) => s.id));
			}
		}
	});

	it('is a small fraction of the full content', () => {
		const size = (x: unknown) => JSON.stringify(x).length;
		expect(size(outline(full, null))).toBeLessThan(size(full) / 8);
	});

	it('packs the outline once per questionnaire set and language', () => {
		const again = wizardContent(loadQuestionnaires().lenses, 'fa');
		expect(again).toBe(full);
		expect(outline(again, null).lenses).toBe(outline(full, positions(full)[3] ?? null).lenses);
		const en = wizardContent(loadQuestionnaires().lenses, 'en');
		expect(outline(en, null).lenses).not.toBe(outline(full, null).lenses);
		expect(outline(en, null).lenses.value[0]?.title).not.toBe(
			outline(full, null).lenses.value[0]?.title
		);
	});

	it('shows the first item whole when there is no position, or an unknown one', () => {
		for (const at of [null, 'nope/nothing']) {
			const sent = outline(full, at);
			expect(`${sent.current.lens}/${sent.current.id}`).toBe(positions(full)[0]);
		}
	});

	it('counts the answers of items whose statements are not known yet', () => {
		const working = expand(outline(full, null)).flatMap((l) => l.items);
		const [first, second, third] = items;
		if (!first || !second || !third) throw new Error('too few items');
		const key = (item: (typeof items)[number], n: number) =>
			`${item.id}/${item.statements[n]?.id ?? ''}`;
		const answers = {
			[key(first, 0)]: 2,
			[key(second, 0)]: 'dont-know',
			[key(second, 1)]: 4,
			[key(third, 0)]: undefined
		};
		// The first item is sent whole, the second and third as placeholders: 3 answers either way.
		expect(working[1]?.pending).toBe(true);
		expect(answeredCount(working, answers)).toBe(3);
		expect(answeredCount(items, answers)).toBe(3);
		// Only the items asked about are counted.
		expect(answeredCount([second], answers)).toBe(2);
		expect(answeredCount([], answers)).toBe(0);
	});

	it('shares one frozen skeleton between pages, differing only in the item sent whole', () => {
		const last = items.length - 1;
		const [a, b] = [positions(full)[2] as string, positions(full)[last] as string];
		const first = expand(outline(full, a)).flatMap((l) => l.items);
		const second = expand(outline(full, b)).flatMap((l) => l.items);
		expect(first.map((i) => `${i.lens}/${i.id}`)).toEqual(positions(full));
		expect(first[2]).toEqual(items[2]);
		expect(second[last]).toEqual(items[last]);
		expect(first[last]?.pending).toBe(true);
		expect(second[2]?.pending).toBe(true);
		// The pending items are the very same objects, and no page can change them for another.
		expect(first[10]).toBe(second[10]);
		expect(Object.isFrozen(first[10])).toBe(true);
		expect(Object.isFrozen(first[10]?.statements[0])).toBe(true);
		expect(() => {
			(first[10] as { title: string }).title = 'changed';
		}).toThrow();
		expect(positionsOf(outline(full, a))).toEqual(positions(full));
		expect(positionsOf(outline(full, a))).toBe(positionsOf(outline(full, b)));
	});
});
