import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bidiPieces, firstStrongDirection, visualPieces, visualText } from './bidi';
import type { Run } from './bidi';
import { drawn, HARD_LINES } from '../testing/hard-lines';

const one = (text: string): Run[] => [{ text, source: 0 }];
const visual = (text: string, base: 'ltr' | 'rtl' = 'rtl') =>
	visualText(visualPieces(one(text), base));

describe('visualPieces: the three hard lines of notes/pdf-rtl.md', () => {
	it.each(HARD_LINES.map((l, i) => [i + 1, l] as const))(
		'orders line %i as Chromium draws it',
		(_n, line) => {
			expect(visual(line.logical)).toBe(line.visual);
		}
	);
});

describe('visualPieces: pieces', () => {
	it('reads a slash date as one left-to-right number inside Persian text', () => {
		const pieces = visualPieces(one('تاریخ ۱۴۰۳/۰۵/۱۲ است'), 'rtl');
		expect(pieces.map((p) => [p.text, p.rtl])).toEqual([
			[' است', true],
			['۱۴۰۳/۰۵/۱۲', false],
			['تاریخ ', true]
		]);
	});

	it('mirrors brackets in right-to-left pieces only, in logical order', () => {
		const pieces = visualPieces(one('(الف) and (b)'), 'rtl');
		expect(pieces.map((p) => [p.text, p.rtl])).toEqual([
			['and (b)', false],
			[')الف( ', true]
		]);
	});

	it('keeps style runs apart even when they share a level', () => {
		const runs: Run[] = [
			{ text: 'متن ', source: 0 },
			{ text: 'پررنگ', source: 1 },
			{ text: ' ادامه', source: 2 }
		];
		const pieces = visualPieces(runs, 'rtl');
		expect(pieces.map((p) => [p.source, p.text])).toEqual([
			[2, ' ادامه'],
			[1, 'پررنگ'],
			[0, 'متن ']
		]);
	});

	it('keeps «» and ٪ with their Persian words', () => {
		expect(visual('گفت «سلام» با ۹۰٪ اطمینان')).toBe(
			drawn('اطمینان') + ' ٪۹۰ ' + drawn('با') + ' ' + '«' + drawn('سلام') + '» ' + drawn('گفت')
		);
	});

	it('leaves a left-to-right paragraph with a Persian name in reading order', () => {
		expect(visual('Owner: علی رضایی (sales)', 'ltr')).toBe(
			'Owner: ' + drawn('علی رضایی') + ' (sales)'
		);
	});

	it('never mixes Persian digits and Latin letters in one piece', () => {
		const pieces = visualPieces(one('کد AB۱۲'), 'rtl');
		expect(pieces.map((p) => p.text)).toEqual(['AB', '۱۲', 'کد ']);
	});
});

describe('firstStrongDirection', () => {
	it('skips digits and punctuation', () => {
		expect(firstStrongDirection('۱۲) سلام')).toBe('rtl');
		expect(firstStrongDirection('12 - Acme')).toBe('ltr');
		expect(firstStrongDirection('۱۲ - 3')).toBeUndefined();
	});
});

describe('visualPieces: the shortcut for plain Persian lines', () => {
	// Persian letters, ZWNJ, spaces, brackets and punctuation: nothing that makes another level.
	const alphabet = [...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءآةۀ', '\u200c', ' ', ...'()[]«»،؛؟.!:-'];
	const plain = fc
		.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 40 })
		.map((chars) => chars.join(''));

	it('gives the same pieces as the full bidi algorithm', () => {
		fc.assert(
			fc.property(plain, plain, (a, b) => {
				const runs: Run[] = [
					{ text: a, source: 0 },
					{ text: b, source: 1 }
				];
				expect(visualPieces(runs, 'rtl')).toEqual(bidiPieces(runs, 'rtl'));
			})
		);
	});

	it('is not taken when a line holds digits or Latin letters', () => {
		for (const text of ['سال ۱۴۰۳', 'نسخهٔ 2', 'شرکت Acme']) {
			const runs: Run[] = [{ text, source: 0 }];
			expect(visualPieces(runs, 'rtl')).toEqual(bidiPieces(runs, 'rtl'));
			expect(visualPieces(runs, 'rtl').length).toBeGreaterThan(1);
		}
	});
});
