// mergeWords: words of one style that touch are drawn as one text, and nothing else joins.
import { describe, expect, it } from 'vitest';
import { mergeWords, type Inline, type Line } from './line';

const font = { layoutCached: () => ({ direction: 'ltr' as const, advanceWidth: 0 }) };
const word = (text: string, x: number, width: number, extra: Partial<Inline> = {}): Inline => ({
	text,
	x,
	width,
	font,
	fontSize: 10,
	color: 'black',
	...extra
});
const line = (inlines: Inline[]): Line => ({
	inlines,
	leadingCut: 0,
	trailingCut: 0,
	getWidth: () => 500
});
const drawn = (l: Line) => l.inlines.map((i) => [i.text, i.x, i.width, i.color]);

describe('mergeWords', () => {
	it('joins touching words of one style, each run once, keeping x and summing widths', () => {
		const merged = mergeWords(
			line([
				word('one ', 0, 20),
				word('two ', 20, 20),
				word('three ', 40, 30),
				word('red ', 70, 20, { color: 'red' }),
				word('words', 90, 25, { color: 'red' })
			])
		);
		expect(drawn(merged)).toEqual([
			['one two three ', 0, 70, 'black'],
			['red words', 70, 45, 'red']
		]);
	});

	it('keeps apart words with a gap between them, or no space after the first', () => {
		const apart = [
			word('gap ', 0, 20),
			word('here ', 30, 20),
			word('no', 50, 10),
			word('join', 60, 20)
		];
		expect(drawn(mergeWords(line(apart)))).toEqual([
			['gap ', 0, 20, 'black'],
			['here no', 30, 30, 'black'],
			['join', 60, 20, 'black']
		]);
	});

	it('leaves a line it cannot merge as it is (justified words, page references)', () => {
		const justified = line([word('a ', 0, 10, { justifyShift: 2 }), word('b', 12, 10)]);
		expect(mergeWords(justified)).toBe(justified);
		const single = line([word('alone', 0, 10)]);
		expect(mergeWords(single)).toBe(single);
		const empty = line([]);
		expect(mergeWords(empty)).toBe(empty);
	});

	it('does not change the line it was given', () => {
		const inlines = [word('one ', 0, 20), word('two', 20, 20)];
		const original = line(inlines);
		const merged = mergeWords(original);
		expect(merged.getWidth()).toBe(500);
		expect(original.inlines.map((i) => i.text)).toEqual(['one ', 'two']);
	});
});
