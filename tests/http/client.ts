// A tiny HTTP client with a cookie jar that talks to the server the way a browser does:
// form posts carry the Origin header (SvelteKit's CSRF check) and, like use:enhance, ask for
// the action's JSON result.
import { inject } from 'vitest';

export interface ActionResult {
	status: number;
	type: 'success' | 'failure' | 'redirect' | 'error' | 'unknown';
	data: unknown;
	location?: string;
}

let seq = 0;
export function uniqueEmail(prefix = 'u') {
	return `${prefix}-${Date.now().toString(36)}-${++seq}@example.com`;
}

export class Client {
	readonly base: string;
	private cookies = new Map<string, string>();
	address = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

	/** `base` defaults to the shared test server; pass another to talk to a server of your own. */
	constructor(base: string = inject('baseURL')) {
		this.base = base;
	}

	private store(res: Response) {
		for (const c of res.headers.getSetCookie()) {
			const [pair] = c.split(';');
			const [name, ...rest] = (pair ?? '').split('=');
			if (!name) continue;
			const value = rest.join('=');
			if (!value || /max-age=0|expires=thu, 01 jan 1970/i.test(c)) this.cookies.delete(name);
			else this.cookies.set(name, value);
		}
	}

	cookie(name: string) {
		return this.cookies.get(name);
	}

	private headers(extra: Record<string, string> = {}) {
		const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
		return { ...(cookie ? { cookie } : {}), 'x-forwarded-for': this.address, ...extra };
	}

	async request(
		method: string,
		path: string,
		init: { body?: BodyInit; headers?: Record<string, string> } = {}
	) {
		const res = await fetch(this.base + path, {
			method,
			redirect: 'manual',
			body: init.body,
			headers: this.headers({ origin: this.base, accept: 'text/html', ...init.headers })
		});
		this.store(res);
		return res;
	}

	get(path: string) {
		return this.request('GET', path);
	}

	/** Posts a form action the way use:enhance does and returns its result. */
	async action(
		path: string,
		fields: Record<string, string | string[]> | FormData = {}
	): Promise<ActionResult> {
		// A FormData (a file upload) goes as multipart, with the boundary fetch chooses.
		let body: URLSearchParams | FormData;
		if (fields instanceof FormData) body = fields;
		else {
			body = new URLSearchParams();
			for (const [k, v] of Object.entries(fields))
				for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
		}
		const res = await this.request('POST', path, {
			body,
			headers: {
				...(body instanceof URLSearchParams
					? { 'content-type': 'application/x-www-form-urlencoded' }
					: {}),
				accept: 'application/json',
				'x-sveltekit-action': 'true'
			}
		});
		const text = await res.text();
		let parsed: {
			type?: string;
			status?: number;
			data?: string;
			location?: string;
			error?: unknown;
		} = {};
		try {
			parsed = JSON.parse(text);
		} catch {
			return { status: res.status, type: 'unknown', data: text };
		}
		let data: unknown = parsed.data ?? parsed.error;
		// SvelteKit serialises action data with devalue; our tests only need plain JSON values.
		if (typeof parsed.data === 'string') data = reviveDevalue(parsed.data);
		return {
			status: parsed.status ?? res.status,
			type: (parsed.type as ActionResult['type']) ?? 'unknown',
			data,
			location: parsed.location
		};
	}
}

/** Decodes devalue's flat-array format for plain objects, arrays, strings and numbers. */
export function reviveDevalue(text: string): unknown {
	const values = JSON.parse(text) as unknown[];
	const seen = new Map<number, unknown>();
	const hydrate = (i: number): unknown => {
		if (i === -1) return undefined;
		if (seen.has(i)) return seen.get(i);
		const v = values[i];
		if (Array.isArray(v)) {
			const arr: unknown[] = [];
			seen.set(i, arr);
			for (const j of v) arr.push(hydrate(j as number));
			return arr;
		}
		if (v && typeof v === 'object') {
			const obj: Record<string, unknown> = {};
			seen.set(i, obj);
			for (const [k, j] of Object.entries(v)) obj[k] = hydrate(j as number);
			return obj;
		}
		return v;
	};
	return hydrate(0);
}

export async function signUp(client: Client, name = 'Test User') {
	const email = uniqueEmail(name.split(' ')[0]?.toLowerCase());
	const res = await client.action('/signup', { name, email, password: 'correct horse battery' });
	if (res.type !== 'redirect') throw new Error(`sign-up failed: ${JSON.stringify(res)}`);
	return { email, password: 'correct horse battery', name };
}

export async function createOrganisation(client: Client, name: string): Promise<string> {
	const res = await client.action('/orgs?/create', { name });
	const id = res.location?.split('/')[2];
	if (res.type !== 'redirect' || !id) throw new Error(`create org failed: ${JSON.stringify(res)}`);
	return id;
}
