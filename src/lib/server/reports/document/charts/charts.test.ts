import { describe, expect, it } from 'vitest';
import { barsChart, gaugeChart, radarChart, radarPoint, riskMarker, timelineChart } from '.';
import { svgNumber } from './svg';

// Charts carry numbers only: no letters of any script (labels are pdfmake text beside them).
const LETTERS = /[\p{L}--[\p{Nd}]]/v;
const textsOf = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const attr = (tag: string, name: string) => Number(new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1]);

describe('radarChart', () => {
	const values = [100, 0, 50, 50, 50, 50, 50, 25];

	it('puts 100 at the end of its spoke and 0 at the centre', () => {
		expect(radarPoint(100, 100, 80, 100, 0, 8)).toEqual({ x: 100, y: 20 });
		const centre = radarPoint(100, 100, 80, 0, 1, 8);
		expect(centre.x).toBeCloseTo(100);
		expect(centre.y).toBeCloseTo(100);
	});

	it('draws one vertex per value and numbered keys 1–8', () => {
		const svg = radarChart('en', values, { size: 250 });
		const area = /<polygon points="([^"]+)" fill="#0f5257"/.exec(svg)?.[1] ?? '';
		expect(area.split(' ')).toHaveLength(8);
		expect(area.split(' ')[0]).toBe('125,22');
		expect(textsOf(svg).slice(-8)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
	});

	it('has no words, only digits, in either language', () => {
		for (const locale of ['en', 'fa'] as const) {
			for (const t of textsOf(radarChart(locale, values))) expect(t).not.toMatch(LETTERS);
		}
		expect(textsOf(radarChart('fa', values)).slice(-8)).toEqual([
			'۱',
			'۲',
			'۳',
			'۴',
			'۵',
			'۶',
			'۷',
			'۸'
		]);
	});
});

describe('barsChart', () => {
	const bars = (svg: string) => [...svg.matchAll(/<rect [^>]+>/g)].map((m) => m[0]);

	it('draws bars proportional to the values, from the start edge', () => {
		const svg = barsChart('en', [100, 50, 0], { width: 252 });
		// plot = 252 - 24 (keys) - 28 (values) = 200
		expect(bars(svg).map((r) => [attr(r, 'x'), attr(r, 'width')])).toEqual([
			[24, 200],
			[24, 100],
			[24, 0.5]
		]);
	});

	it('is mirrored in Persian: keys on the right, bars growing leftwards', () => {
		const svg = barsChart('fa', [100, 50], { width: 252 });
		expect(bars(svg).map((r) => attr(r, 'x') + attr(r, 'width'))).toEqual([228, 228]);
		expect(bars(svg).map((r) => attr(r, 'x'))).toEqual([28, 128]);
		expect(svg).toContain('<circle cx="240"');
	});

	it('marks the threshold with a dashed line at its value', () => {
		const svg = barsChart('en', [10], { width: 252, threshold: 70 });
		expect(svg).toMatch(/<line x1="164" y1="0" x2="164" [^>]*stroke-dasharray/);
	});
});

describe('other charts', () => {
	it('points the gauge needle at the index', () => {
		const needle = (svg: string) =>
			/<line x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"/.exec(svg);
		const [, x1, , x2] = needle(gaugeChart(50, [0, 35, 55, 70, 85])) ?? [];
		expect(Number(x2)).toBeCloseTo(Number(x1), 1);
		const [, , , low] = needle(gaugeChart(0, [0, 35, 55, 70, 85])) ?? [];
		expect(Number(low)).toBeLessThan(Number(x1));
	});

	it('lays the timeline out in reading direction with month ticks', () => {
		const phases = [
			{ from: 0, to: 3, actions: 2, color: '#000' },
			{ from: 3, to: 12, actions: 1, color: '#111' }
		];
		const en = timelineChart('en', phases, 140);
		const fa = timelineChart('fa', phases, 140);
		expect(textsOf(en).slice(-3)).toEqual(['0', '3', '12']);
		// "12" in Persian is handed to the SVG renderer reversed (see svgNumber).
		expect(textsOf(fa).slice(-3)).toEqual(['۰', '۳', '۲۱']);
		const first = (svg: string) => attr(/<rect [^>]*fill="#000"/.exec(svg)?.[0] ?? '', 'x');
		expect(first(en)).toBeLessThan(first(fa));
	});

	it('keeps a gap between action marks, or writes the number when they would merge', () => {
		const marksOf = (svg: string) =>
			[...svg.matchAll(/<rect x="([\d.]+)"[^>]*width="3.5"/g)].map((m) => Number(m[1]));
		const phases = (first: number) => [
			{ from: 0, to: 3, actions: first, color: '#000' },
			{ from: 3, to: 12, actions: 2, color: '#111' }
		];
		for (const locale of ['en', 'fa'] as const) {
			// 495 pt wide: the first 90 days are about 120 pt, room for 15 marks 6 pt apart.
			const few = marksOf(timelineChart(locale, phases(9)));
			expect(few).toHaveLength(11);
			const firstNine = few.slice(0, 9).sort((a, b) => a - b);
			for (let i = 1; i < firstNine.length; i++)
				expect((firstNine[i] ?? 0) - (firstNine[i - 1] ?? 0)).toBeGreaterThanOrEqual(6);
			// 24 actions would touch: the phase shows "× 24" and only the later phase has marks.
			const many = timelineChart(locale, phases(24));
			expect(marksOf(many)).toHaveLength(2);
			expect(textsOf(many)).toContain('×');
			expect(textsOf(many)).toContain(locale === 'fa' ? '۴۲' : '24');
		}
	});

	it('grows the risk marker with the exposure', () => {
		const inner = (svg: string) => attr([...svg.matchAll(/<circle [^>]+>/g)][1]?.[0] ?? '', 'r');
		expect(inner(riskMarker('high', 100))).toBeGreaterThan(inner(riskMarker('high', 25)));
		expect(riskMarker('low', 50)).toContain('#3f8a5a');
	});
});

describe('svgNumber', () => {
	it('writes Latin digits in English and reversed Persian digits in Persian', () => {
		expect(svgNumber('en', 100)).toBe('100');
		expect(svgNumber('fa', 100)).toBe('۰۰۱');
		expect(svgNumber('fa', 7)).toBe('۷');
	});
});
