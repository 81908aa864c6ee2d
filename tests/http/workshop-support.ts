// Steps of a workshop through the HTTP the browser uses: a facilitator creating and opening a
// session, participants joining and saving, and server-sent event streams read as a browser
// EventSource would.
import { expect } from 'vitest';
import { Client, createOrganisation, signUp } from './client';

export const LENSES = ['strategic-planning', 'failure-risks', 'building-blocks'];
/** The first statements of the strategic-planning lens, as the questionnaire names them. */
// A common statement (no audience in v2): put to every role layer.
export const VISION = { item: 'vision', statement: 'value-proposition' };

export interface Workshop {
	facilitator: Client;
	orgId: string;
	base: string;
	code: string;
}

export async function startWorkshop(
	options: { anonymous?: boolean; facilitator?: Client; orgId?: string } = {}
): Promise<Workshop> {
	const facilitator = options.facilitator ?? new Client();
	let orgId = options.orgId;
	if (!orgId) {
		await signUp(facilitator, 'Fay Facilitator');
		orgId = await createOrganisation(facilitator, 'Workshop Ltd');
	}
	const created = await facilitator.action(`/orgs/${orgId}/assessments/new?/create`, {
		title: 'Readiness workshop',
		mode: 'workshop',
		lenses: LENSES,
		locale: 'en',
		...(options.anonymous ? { anonymous: 'on' } : {})
	});
	const id = created.location?.split('/')[4];
	if (!id) throw new Error(`could not create a workshop: ${JSON.stringify(created)}`);
	const base = `/orgs/${orgId}/assessments/${id}`;
	expect((await facilitator.action(`${base}/live?/open`)).type).toBe('success');
	for (const lens of LENSES)
		expect((await facilitator.action(`${base}/live?/section`, { lens, open: 'true' })).type).toBe(
			'success'
		);
	const html = await (await facilitator.get(`${base}/live`)).text();
	const code = html.match(/\/j\/([a-z2-9]{10})/)?.[1];
	if (!code) throw new Error('the live page shows no join link');
	return { facilitator, orgId, base, code };
}

export async function joinWorkshop(code: string, fields: Record<string, string>) {
	const participant = new Client();
	const res = await participant.action(`/j/${code}?/join`, fields);
	expect(res.type, JSON.stringify(res)).toBe('success');
	expect(participant.cookie('crm_participant')).toMatch(/^[a-z2-7]{32}$/);
	return participant;
}

export function save(client: Client, code: string, answers: unknown[]) {
	return client.request('POST', `/j/${code}/save`, {
		body: JSON.stringify({ answers, comments: [] }),
		headers: { 'content-type': 'application/json', accept: 'application/json' }
	});
}

interface SseEvent {
	event: string;
	data: unknown;
}

/** An open event stream; `next` resolves with the first (buffered or coming) matching event. */
export class Stream {
	private buffer = '';
	private events: SseEvent[] = [];
	private waiting: { accept: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }[] = [];
	private constructor(
		readonly status: number,
		private readonly controller: AbortController
	) {}

	static async open(client: Client, path: string): Promise<Stream> {
		const controller = new AbortController();
		const cookie = ['session', 'crm_participant']
			.flatMap((n) => (client.cookie(n) ? [`${n}=${client.cookie(n)}`] : []))
			.join('; ');
		const res = await fetch(client.base + path, {
			headers: { cookie, accept: 'text/event-stream' },
			signal: controller.signal
		});
		const stream = new Stream(res.status, controller);
		if (res.ok && res.body) void stream.read(res.body);
		else await res.body?.cancel();
		return stream;
	}

	next<T>(event: string, accept: (data: T) => boolean = () => true): Promise<T> {
		const matches = (e: SseEvent) => e.event === event && accept(e.data as T);
		const found = this.events.find(matches);
		if (found) return Promise.resolve(found.data as T);
		return new Promise((resolve) =>
			this.waiting.push({ accept: matches, resolve: (e) => resolve(e.data as T) })
		);
	}

	close() {
		this.controller.abort();
	}

	private async read(body: ReadableStream<Uint8Array>) {
		const decoder = new TextDecoder();
		try {
			for await (const chunk of body) {
				this.buffer += decoder.decode(chunk, { stream: true });
				let end: number;
				while ((end = this.buffer.indexOf('\n\n')) >= 0) {
					const block = this.buffer.slice(0, end);
					this.buffer = this.buffer.slice(end + 2);
					this.dispatch(block);
				}
			}
		} catch {
			// aborted by close()
		}
	}

	private dispatch(block: string) {
		const event = block.match(/^event: (.*)$/m)?.[1];
		const data = block.match(/^data: (.*)$/m)?.[1];
		if (!event || data === undefined) return;
		const e = { event, data: JSON.parse(data) as unknown };
		this.events.push(e);
		for (const w of [...this.waiting])
			if (w.accept(e)) {
				this.waiting.splice(this.waiting.indexOf(w), 1);
				w.resolve(e);
			}
	}
}
