import { describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '$lib/server/questionnaires/load';
import { positions, skeleton, wizardContent } from './wizard-content';

const full = wizardContent(loadQuestionnaires().lenses, 'fa');

describe('the question page’s skeleton', () => {
	it('keeps the item on screen whole and only titles and statement ids of the others', () => {
		const at = positions(full)[5] as string;
		const sent = skeleton(full, at);
		expect(positions(sent)).toEqual(positions(full));
		const items = sent.flatMap((l) => l.items);
		const whole = items.filter((i) => !i.pending);
		expect(whole.map((i) => `${i.lens}/${i.id}`)).toEqual([at]);
		expect(whole[0]).toEqual(full.flatMap((l) => l.items)[5]);
		for (const [n, item] of items.entries()) {
			const original = full.flatMap((l) => l.items)[n];
			expect(item.title).toBe(original?.title);
			expect(item.statements.map((s) => s.id)).toEqual(original?.statements.map((s) => s.id));
			if (item.pending) expect(item.statements.every((s) => s.text === '')).toBe(true);
		}
	});

	it('is much smaller than the full content', () => {
		const size = (x: unknown) => JSON.stringify(x).length;
		expect(size(skeleton(full, null))).toBeLessThan(size(full) / 4);
	});

	it('shows the first item whole when there is no position, or an unknown one', () => {
		for (const at of [null, 'nope/nothing']) {
			const whole = skeleton(full, at)
				.flatMap((l) => l.items)
				.filter((i) => !i.pending);
			expect(whole.map((i) => `${i.lens}/${i.id}`)).toEqual([positions(full)[0]]);
		}
	});
});
