// Which encoding a CSV file is in, and its text decoded chunk by chunk. Spreadsheet programs
// save UTF-8 (often with a byte-order mark), UTF-16 ("Unicode text"), or — for Persian on
// older Windows — Windows-1256. A file that is not valid UTF-8 is taken to be Windows-1256.

export const ENCODINGS = ['utf-8', 'windows-1256', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export function detectEncoding(sample: Uint8Array): Encoding {
	if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
	if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
	if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
	try {
		// stream: a multi-byte character cut at the end of the sample is not an error.
		new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
		return 'utf-8';
	} catch {
		return 'windows-1256';
	}
}

/** Thrown when the bytes are not valid in the chosen encoding. */
export class EncodingError extends Error {}

/** Text from byte chunks; a byte-order mark is dropped, invalid bytes throw EncodingError. */
export async function* decode(
	chunks: AsyncIterable<Uint8Array>,
	encoding: Encoding
): AsyncGenerator<string> {
	// Windows-1256 maps every byte, so only the Unicode encodings can be "invalid".
	const decoder = new TextDecoder(encoding, { fatal: encoding !== 'windows-1256' });
	try {
		for await (const chunk of chunks) {
			const text = decoder.decode(chunk, { stream: true });
			if (text) yield text;
		}
		const rest = decoder.decode();
		if (rest) yield rest;
	} catch (err) {
		if (err instanceof TypeError) throw new EncodingError(encoding);
		throw err;
	}
}
