import { describe, expect, it } from 'vitest';
import { detectEncoding } from './decode';
import { detectDelimiter, FileError, readCsv, type CsvRecord } from './reader';

const utf8 = (s: string) => new TextEncoder().encode(s);
// Windows-1256 bytes of علي: ع=0xDA ل=0xE1 ي=0xED.
const ALI_1256 = Uint8Array.from([0xda, 0xe1, 0xed]);

async function* chunked(bytes: Uint8Array, size: number) {
	for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

async function all(bytes: Uint8Array, size = 7, encoding = detectEncoding(bytes.slice(0, 4096))) {
	const out: CsvRecord[] = [];
	for await (const r of readCsv(chunked(bytes, size), encoding)) out.push(r);
	return out.map((r) => [r.row, ...r.cells]);
}

describe('reading CSV files', () => {
	it('drops a UTF-8 byte-order mark and keeps multi-byte letters split across chunks', async () => {
		const bytes = utf8('\ufeffنام,شهر\r\nکیمیا,تهران\r\n');
		expect(detectEncoding(bytes)).toBe('utf-8');
		expect(await all(bytes, 1)).toEqual([
			[1, 'نام', 'شهر'],
			[2, 'کیمیا', 'تهران']
		]);
	});

	// Windows-1256 has no Persian ی: files written in it carry the Arabic ي, which search folds.
	it('detects Windows-1256 and decodes it', async () => {
		const bytes = new Uint8Array([...utf8('name\n'), ...ALI_1256, ...utf8('\n')]);
		expect(detectEncoding(bytes)).toBe('windows-1256');
		expect(await all(bytes)).toEqual([
			[1, 'name'],
			[2, 'علي']
		]);
	});

	it('reads UTF-16 files saved as "Unicode text", tab-separated', async () => {
		const text = '\ufeffname\tcity\nعلی\tقم\n';
		const bytes = new Uint8Array(text.length * 2);
		for (let i = 0; i < text.length; i++) {
			bytes[i * 2] = text.charCodeAt(i) & 0xff;
			bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
		}
		expect(detectEncoding(bytes)).toBe('utf-16le');
		expect(await all(bytes, 5)).toEqual([
			[1, 'name', 'city'],
			[2, 'علی', 'قم']
		]);
	});

	it('keeps quoted line breaks inside one row and counts empty rows', async () => {
		const rows = await all(utf8('name,notes\n"Acme","line one\nline two"\n\nBeta,x\n'));
		expect(rows).toEqual([
			[1, 'name', 'notes'],
			[2, 'Acme', 'line one\nline two'],
			[3, ''],
			[4, 'Beta', 'x']
		]);
	});

	it('picks the separator from the header line', () => {
		expect(detectDelimiter('name;email;"a,b"\nx,y,z')).toBe(';');
		expect(detectDelimiter('"a;b",c,d')).toBe(',');
		expect(detectDelimiter('single')).toBe(',');
	});

	it('names the row of an unclosed quote and of invalid UTF-8', async () => {
		await expect(all(utf8('name\nok\n"broken\n'))).rejects.toMatchObject({
			key: 'register.import.errors.unclosed_quote'
		});
		const bad = new Uint8Array([...utf8('name\nok\n'), 0xff, 0xfe, 0x41, ...utf8('\n')]);
		const err = await all(bad, 64, 'utf-8').catch((e: unknown) => e);
		expect(err).toBeInstanceOf(FileError);
		expect(err).toMatchObject({ key: 'register.import.errors.encoding' });
	});
});

describe('control characters in a CSV file', () => {
	it.each([
		['a NUL in a header', 'na\u0000me,email\nKimia,k@example.com\n', 1],
		['a NUL in a cell', 'name,email\nKimia,k@exa\u0000mple.com\n', 2],
		['a vertical tab in a cell', 'name\nok\nbad\u000Bvalue\n', 3]
	])('refuses %s with the row', async (_, text, row) => {
		const err = await all(utf8(text)).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(FileError);
		expect(err).toMatchObject({
			key: 'register.import.errors.control_characters',
			params: { row }
		});
	});

	it('keeps tabs and line breaks inside quoted cells', async () => {
		expect(await all(utf8('name,notes\nA,"one\ttwo\r\nthree"\n'))).toEqual([
			[1, 'name', 'notes'],
			[2, 'A', 'one\ttwo\r\nthree']
		]);
	});
});
