import { expect, it } from 'vitest';
import { classify } from './satisfaction';

it('classifies by the gap between performance and expectation', () => {
	expect(classify(3, 3)).toEqual({ level: 'satisfied', gap: 0 });
	expect(classify(5, 2)).toEqual({ level: 'dissatisfied', gap: -3 });
	expect(classify(2, 4)).toEqual({ level: 'delighted', gap: 2 });
	for (let e = 1; e <= 5; e++)
		for (let p = 1; p <= 5; p++) expect(Math.abs(classify(e, p).gap)).toBeLessThanOrEqual(4);
});
