import { createGzip, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { allowance, MAX_CONCURRENT_IMPORTS, readUpload, withImportSlot } from './inflate';

/** 250 MB of zeros, gzipped as a stream (about 250 KB): the bomb of issue 17 §8. */
async function bomb(): Promise<Buffer> {
	const gzip = createGzip({ level: 9 });
	const out: Buffer[] = [];
	gzip.on('data', (c: Buffer) => out.push(c));
	const done = new Promise((r) => gzip.on('end', r));
	const zeros = Buffer.alloc(1024 * 1024);
	for (let i = 0; i < 250; i++)
		if (!gzip.write(zeros)) await new Promise((r) => gzip.once('drain', r));
	gzip.end();
	await done;
	return Buffer.concat(out);
}

describe('reading an uploaded organisation file', () => {
	it('refuses a 250 KB gzip bomb after inflating at most its allowance, not 250 MB', async () => {
		const file = await bomb();
		expect(file.length).toBeLessThan(300 * 1024);
		const limit = allowance(file.length);
		expect(limit).toBeLessThanOrEqual(50 * file.length);
		const read = await readUpload(file);
		expect(read).toMatchObject({ ok: false, error: 'too_large', limit });
		// It stopped within one 64 KB chunk of the limit: the rest was never inflated.
		if (!read.ok && read.error === 'too_large')
			expect(read.inflated).toBeLessThanOrEqual(limit + 64 * 1024);
	});

	it('reads a gzipped export and a plain one, and refuses bytes that are not UTF-8 or gzip', async () => {
		const text = JSON.stringify({
			name: 'شرکت کیمیا',
			rows: Array.from({ length: 2000 }, (_, i) => i)
		});
		expect(await readUpload(gzipSync(text))).toEqual({ ok: true, text });
		expect(await readUpload(new TextEncoder().encode(text))).toEqual({ ok: true, text });
		expect(await readUpload(new Uint8Array([0xff, 0xfe, 0x00]))).toEqual({
			ok: false,
			error: 'not_text'
		});
		const broken = gzipSync(text).subarray(0, 40);
		expect((await readUpload(broken)).ok).toBe(false);
	});

	it('refuses a plain file larger than the limit without decoding it', async () => {
		expect(await readUpload(new Uint8Array(2048), 1024)).toMatchObject({
			ok: false,
			error: 'too_large'
		});
	});

	it('runs at most a few imports at once and says "busy" to the next', async () => {
		const releases: (() => void)[] = [];
		const running = Array.from({ length: MAX_CONCURRENT_IMPORTS }, () =>
			withImportSlot(() => new Promise<string>((r) => releases.push(() => r('done'))))
		);
		expect(await withImportSlot(async () => 'third')).toBe('busy');
		for (const release of releases) release();
		expect(await Promise.all(running)).toEqual(Array(MAX_CONCURRENT_IMPORTS).fill('done'));
		expect(await withImportSlot(async () => 'again')).toBe('again');
	});
});
