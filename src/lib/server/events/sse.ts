// Server-sent events: a text/event-stream response with a heartbeat (so proxies and phones keep
// the connection open), cleaned up whichever side ends it — the browser leaving, the source
// closing it, or the server shutting down.
const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();

export interface EventChannel {
	send(event: string, data: unknown): void;
	close(): void;
}

const open = new Set<() => void>();

/** Ends every open stream (on shutdown, so the server can drain its connections). */
export function closeAllStreams() {
	for (const close of [...open]) close();
}

export function eventStream(
	signal: AbortSignal,
	start: (channel: EventChannel) => Promise<() => void>
): Response {
	let done = false;
	let cleanup: (() => void) | undefined;
	let heartbeat: ReturnType<typeof setInterval> | undefined;
	let close = () => {};

	const stop = () => {
		if (done) return;
		done = true;
		clearInterval(heartbeat);
		open.delete(close);
		cleanup?.();
	};

	const body = new ReadableStream<Uint8Array>({
		async start(controller) {
			const write = (text: string) => {
				if (done) return;
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					stop();
				}
			};
			close = () => {
				stop();
				try {
					controller.close();
				} catch {
					// already closed by the other side
				}
			};
			open.add(close);
			signal.addEventListener('abort', stop, { once: true });
			write('retry: 3000\n\n');
			heartbeat = setInterval(() => write(': ping\n\n'), HEARTBEAT_MS);
			const channel: EventChannel = {
				send: (event, data) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
				close: () => close()
			};
			try {
				cleanup = await start(channel);
				if (done) cleanup();
			} catch (err) {
				console.error('[sse] could not start a stream', err);
				channel.send('error', { message: 'errors.server' });
				close();
			}
		},
		cancel: () => stop()
	});

	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-cache, no-transform',
			'x-accel-buffering': 'no'
		}
	});
}
