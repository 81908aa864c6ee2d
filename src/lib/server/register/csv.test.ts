import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, neutralise, unneutralise } from './csv';

describe('CSV cells', () => {
	it('neutralises every cell a spreadsheet would read as a formula', () => {
		for (const v of ['=1+1', '+98 912', '-2', '@SUM(A1)', '\tx', '\r=cmd'])
			expect(neutralise(v), JSON.stringify(v)).toBe(`'${v}`);
		for (const v of ['plain', '1+1', 'علی', "'quoted", ''])
			expect(neutralise(v), JSON.stringify(v)).toBe(v);
	});

	it('comes back unchanged through unneutralise', () => {
		for (const v of ['=HYPERLINK("http://x","y")', '+1', "'already", 'a=b'])
			expect(unneutralise(neutralise(v))).toBe(v);
	});

	it('quotes separators, quotes and line breaks', () => {
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('=1,2')).toBe(`"'=1,2"`);
		expect(csvLine(['x', null, 3])).toBe('x,,3\r\n');
	});
});
