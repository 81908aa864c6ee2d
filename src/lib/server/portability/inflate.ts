// Reading an uploaded organisation file: gzip is decompressed as a stream (in zlib's worker
// threads, not on the event loop) with a hard limit, so a small "gzip bomb" is refused after
// the limit's worth of output instead of inflating to hundreds of megabytes; and at most a few
// imports run at once per server process, so they cannot crowd out everyone else's pages.
import { createGunzip } from 'node:zlib';

/** The most text an upload may decompress to. Larger exports go through `npm run org:import`. */
export const MAX_TEXT = 64 * 1024 * 1024;
/**
 * …and at most this many times its compressed size (exports compress about 13×; a bomb of
 * zeros, about 1000×). A small file is allowed at least MIN_ALLOWANCE.
 */
export const MAX_RATIO = 50;
const MIN_ALLOWANCE = 1024 * 1024;

export type Inflated =
	| { ok: true; text: string }
	| { ok: false; error: 'too_large'; limit: number; inflated: number }
	| { ok: false; error: 'not_text' };

export function allowance(compressed: number): number {
	return Math.min(MAX_TEXT, Math.max(MIN_ALLOWANCE, compressed * MAX_RATIO));
}

export function isGzip(bytes: Uint8Array) {
	return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The file's UTF-8 text, decompressed first when it is gzip; refused past the limit. */
export async function readUpload(
	bytes: Uint8Array,
	limit = allowance(bytes.length)
): Promise<Inflated> {
	if (!isGzip(bytes)) {
		if (bytes.length > limit)
			return { ok: false, error: 'too_large', limit, inflated: bytes.length };
		return decode([bytes]);
	}
	const gunzip = createGunzip({ chunkSize: 64 * 1024 });
	const chunks: Buffer[] = [];
	let inflated = 0;
	const done = new Promise<Inflated | null>((resolve) => {
		gunzip.on('data', (chunk: Buffer) => {
			inflated += chunk.length;
			if (inflated > limit) {
				// Stop at once: nothing more is inflated or kept.
				gunzip.pause();
				gunzip.destroy();
				chunks.length = 0;
				resolve({ ok: false, error: 'too_large', limit, inflated });
				return;
			}
			chunks.push(chunk);
		});
		gunzip.on('end', () => resolve(null));
		gunzip.on('error', () => resolve({ ok: false, error: 'not_text' }));
		gunzip.on('close', () => resolve(null));
	});
	gunzip.end(bytes);
	const refused = await done;
	if (refused) return refused;
	return decode(chunks);
}

function decode(chunks: Uint8Array[]): Inflated {
	try {
		const decoder = new TextDecoder('utf-8', { fatal: true });
		let text = '';
		for (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
		return { ok: true, text: text + decoder.decode() };
	} catch {
		return { ok: false, error: 'not_text' };
	}
}

/** How many imports one server process runs at once; more are refused with "busy". */
export const MAX_CONCURRENT_IMPORTS = 2;
let running = 0;

/** Runs `work` if fewer than MAX_CONCURRENT_IMPORTS are running, else answers 'busy'. */
export async function withImportSlot<T>(work: () => Promise<T>): Promise<T | 'busy'> {
	if (running >= MAX_CONCURRENT_IMPORTS) return 'busy';
	running++;
	try {
		return await work();
	} finally {
		running--;
	}
}
