import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeAllStreams, eventStream } from './sse';

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

async function readSome(reader: ReadableStreamDefaultReader<Uint8Array>, until: string) {
	let text = '';
	while (!text.includes(until)) {
		const { value, done } = await reader.read();
		if (done) break;
		text += new TextDecoder().decode(value);
	}
	return text;
}

describe('server-sent event streams', () => {
	it('sends events and heartbeats, and cleans up once when the browser leaves', async () => {
		const cleanup = vi.fn();
		const res = eventStream(new AbortController().signal, async (channel) => {
			channel.send('snapshot', { joined: 3 });
			return cleanup;
		});
		expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
		const reader = (res.body as ReadableStream<Uint8Array>).getReader();
		const first = await readSome(reader, '"joined":3}\n\n');
		expect(first).toContain('retry: 3000\n\n');
		expect(first).toContain('event: snapshot\ndata: {"joined":3}\n\n');
		await vi.advanceTimersByTimeAsync(15_000);
		expect(await readSome(reader, ': ping')).toContain(': ping\n\n');
		await reader.cancel();
		await reader.cancel();
		expect(cleanup).toHaveBeenCalledTimes(1);
	});

	it('cleans up when the request is aborted, and on shutdown', async () => {
		const aborted = new AbortController();
		const one = vi.fn();
		const two = vi.fn();
		eventStream(aborted.signal, async () => one);
		const other = eventStream(new AbortController().signal, async () => two);
		await vi.advanceTimersByTimeAsync(0);
		aborted.abort();
		expect(one).toHaveBeenCalledTimes(1);
		closeAllStreams();
		expect(two).toHaveBeenCalledTimes(1);
		const reader = (other.body as ReadableStream<Uint8Array>).getReader();
		await readSome(reader, 'never');
		expect((await reader.read()).done).toBe(true);
	});

	it('ends the stream with an error event when it cannot start', async () => {
		const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const res = eventStream(new AbortController().signal, async () => {
			throw new Error('LISTEN failed');
		});
		const text = await readSome((res.body as ReadableStream<Uint8Array>).getReader(), 'never');
		expect(text).toContain('event: error\ndata: {"message":"errors.server"}');
		spy.mockRestore();
	});
});
