import { expect, it } from 'vitest';
import { messages } from './stream';

it('hands on each line of JSON, whatever the chunks', async () => {
	const bytes = new TextEncoder().encode(
		'{"type":"progress","rows":5}\n{"type":"done","note":"ای"}\n'
	);
	const body = new ReadableStream<Uint8Array>({
		start(c) {
			for (let i = 0; i < bytes.length; i += 3) c.enqueue(bytes.slice(i, i + 3));
			c.close();
		}
	});
	const out: unknown[] = [];
	for await (const m of messages(body)) out.push(m);
	expect(out).toEqual([
		{ type: 'progress', rows: 5 },
		{ type: 'done', note: 'ای' }
	]);
});
