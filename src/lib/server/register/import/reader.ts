// Reading a CSV file as records, streamed: bytes come in chunks, are decoded, parsed by
// csv-parse and handed on one record at a time, so memory does not grow with the file.
import { pipeline, Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { CONTROL } from '$lib/server/forms';
import { decode, EncodingError, type Encoding } from './decode';

export interface CsvRecord {
	/** The spreadsheet row: 1 is the header, empty rows count. */
	row: number;
	cells: string[];
	/** Bytes of the file read so far, for progress. */
	bytes: number;
}

/** A problem with the file as a whole, as a message key (and the row where it was found). */
export class FileError extends Error {
	constructor(
		readonly key: string,
		readonly params: Record<string, string | number> = {}
	) {
		super(key);
	}
}

// One field or record longer than this is a broken file (an unclosed quote), not data.
const MAX_RECORD = 1_000_000;

/** The separator of the header line: the most frequent of , ; tab | outside quotes. */
export function detectDelimiter(text: string): string {
	const counts = new Map<string, number>();
	let quoted = false;
	for (const ch of text) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && (ch === '\n' || ch === '\r')) break;
		else if (!quoted && ',;\t|'.includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
	}
	let best = ',';
	for (const [ch, n] of counts) if (n > (counts.get(best) ?? 0)) best = ch;
	return best;
}

export async function* readCsv(
	chunks: AsyncIterable<Uint8Array>,
	encoding: Encoding
): AsyncGenerator<CsvRecord> {
	let bytes = 0;
	let row = 0;
	async function* counted() {
		for await (const chunk of chunks) {
			bytes += chunk.byteLength;
			yield chunk;
		}
	}
	const text = decode(counted(), encoding);
	try {
		// The separator is decided on the whole header line, so read at least that much first.
		let head = '';
		while (!/[\r\n]/.test(head) && head.length < 65_536) {
			const next = await text.next();
			if (next.done) break;
			head += next.value;
		}
		if (!head) return;
		const parser = parse({
			delimiter: detectDelimiter(head),
			relax_column_count: true,
			relax_quotes: true,
			max_record_size: MAX_RECORD
		});
		async function* all() {
			yield head;
			yield* text;
		}
		// pipeline, unlike pipe, hands a decoding error on to the parser, where it is caught.
		pipeline(Readable.from(all()), parser, () => undefined);
		try {
			for await (const cells of parser as AsyncIterable<string[]>) {
				// NUL and other control characters (not tab, CR, LF) in a header or a cell: not a
				// text file, or a damaged one. Refused as a whole, before a row is written.
				if (cells.some((c) => CONTROL.test(c)))
					throw new FileError('register.import.errors.control_characters', { row: row + 1 });
				yield { row: ++row, cells, bytes };
			}
		} finally {
			parser.destroy();
		}
	} catch (err) {
		if (err instanceof EncodingError)
			throw new FileError('register.import.errors.encoding', { row: row + 1 });
		if (err instanceof CsvError)
			throw new FileError(
				err.code === 'CSV_QUOTE_NOT_CLOSED'
					? 'register.import.errors.unclosed_quote'
					: err.code === 'CSV_MAX_RECORD_SIZE'
						? 'register.import.errors.record_too_big'
						: 'register.import.errors.unreadable',
				{ row: row + 1 }
			);
		throw err;
	}
}
