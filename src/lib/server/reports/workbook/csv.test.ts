// The plan's CSV: the plan sheet's cells as the register's export writes them (BOM, CRLF,
// quoting), with every cell that would start a formula made plain text.
import { describe, expect, it } from 'vitest';
import { sheetCsv } from './csv';
import type { Sheet } from './sheets';

const sheet = (rows: Sheet['rows']): Sheet => ({
	name: 'Plan',
	columns: [
		{ header: 'No.', kind: 'integer' },
		{ header: 'Action', kind: 'long' },
		{ header: 'Owner', kind: 'text' }
	],
	rows
});

describe('the plan as CSV', () => {
	it('writes a BOM, a header and CRLF lines, quoting commas, quotes and line breaks', () => {
		expect(sheetCsv(sheet([[1, 'Agree, then "write" it', 'Sara\nAli']]))).toBe(
			'\ufeffNo.,Action,Owner\r\n1,"Agree, then ""write"" it","Sara\nAli"\r\n'
		);
	});

	it('neutralises cells that would start a formula', () => {
		const csv = sheetCsv(
			sheet([
				[2, '=HYPERLINK("http://evil.example","x")', '+1'],
				[3, '-2+3', '@SUM(A1)'],
				[4, '\tcmd', 'plain']
			])
		);
		expect(csv.split('\r\n').slice(1, 4)).toEqual([
			`2,"'=HYPERLINK(""http://evil.example"",""x"")",'+1`,
			`3,'-2+3,'@SUM(A1)`,
			`4,'\tcmd,plain`
		]);
	});

	it('leaves empty cells empty and Persian text as it is', () => {
		expect(sheetCsv(sheet([[5, 'تدوین چشم‌انداز CRM', null]]))).toBe(
			'\ufeffNo.,Action,Owner\r\n5,تدوین چشم‌انداز CRM,\r\n'
		);
	});
});
