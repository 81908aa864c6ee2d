// The HTTP a browser sends, for the workshop benchmark: a cookie jar, form actions posted the
// way use:enhance posts them, JSON saves, and server-sent event streams.
export class BenchClient {
	private cookies = new Map<string, string>();

	constructor(readonly base: string) {}

	/** The Cookie header this client sends (for load tools such as wrk). */
	cookieHeader() {
		return this.header();
	}

	private header() {
		return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
	}

	private store(res: Response) {
		for (const c of res.headers.getSetCookie()) {
			const [name, ...rest] = (c.split(';')[0] ?? '').split('=');
			if (name) this.cookies.set(name, rest.join('='));
		}
	}

	async get(path: string) {
		const res = await fetch(this.base + path, {
			headers: { cookie: this.header() },
			redirect: 'manual'
		});
		this.store(res);
		return res;
	}

	/** A form action; returns SvelteKit's JSON result (type, location, data). */
	async action(path: string, fields: Record<string, string | string[]> = {}) {
		const body = new URLSearchParams();
		for (const [k, v] of Object.entries(fields))
			for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
		const res = await fetch(this.base + path, {
			method: 'POST',
			body,
			headers: {
				cookie: this.header(),
				origin: this.base,
				accept: 'application/json',
				'x-sveltekit-action': 'true',
				'content-type': 'application/x-www-form-urlencoded'
			}
		});
		this.store(res);
		const result = (await res.json()) as { type: string; location?: string };
		if (result.type !== 'success' && result.type !== 'redirect')
			throw new Error(`${path}: ${JSON.stringify(result)}`);
		return result;
	}

	async postJson(path: string, body: unknown) {
		const res = await fetch(this.base + path, {
			method: 'POST',
			body: JSON.stringify(body),
			headers: { cookie: this.header(), 'content-type': 'application/json' }
		});
		await res.arrayBuffer();
		return res.status;
	}

	/** Opens an event stream and calls `on` with each event's name and parsed data. */
	async stream(path: string, on: (event: string, data: unknown) => void): Promise<() => void> {
		const controller = new AbortController();
		const res = await fetch(this.base + path, {
			headers: { cookie: this.header(), accept: 'text/event-stream' },
			signal: controller.signal
		});
		if (!res.ok || !res.body) throw new Error(`${path}: HTTP ${res.status}`);
		const body = res.body;
		void (async () => {
			const decoder = new TextDecoder();
			let buffer = '';
			try {
				for await (const chunk of body) {
					buffer += decoder.decode(chunk, { stream: true });
					let end: number;
					while ((end = buffer.indexOf('\n\n')) >= 0) {
						const block = buffer.slice(0, end);
						buffer = buffer.slice(end + 2);
						const event = block.match(/^event: (.*)$/m)?.[1];
						const data = block.match(/^data: (.*)$/m)?.[1];
						if (event && data !== undefined) on(event, JSON.parse(data));
					}
				}
			} catch {
				// closed
			}
		})();
		return () => controller.abort();
	}
}
