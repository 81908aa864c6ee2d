// Reads the run endpoint's answer: one JSON message per line, handed on as each line arrives.
export async function* messages(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
	const reader = body.getReader();
	const decoder = new TextDecoder();
	let buffer = '';
	for (;;) {
		const { value, done } = await reader.read();
		buffer += decoder.decode(value, { stream: !done });
		let end: number;
		while ((end = buffer.indexOf('\n')) >= 0) {
			const line = buffer.slice(0, end).trim();
			buffer = buffer.slice(end + 1);
			if (line) yield JSON.parse(line);
		}
		if (done) return;
	}
}
