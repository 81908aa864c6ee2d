// Autosave with a guarantee the user can see: every change is queued, posted in batches,
// kept in localStorage until the server acknowledges it (so neither a network drop nor a
// reload loses it), and retried with backoff — at once when the browser comes back online.
import type { NotApplicable } from '$lib/assessments/not-applicable';
import type { Answer } from '$lib/scoring';

export interface PendingAnswer {
	item: string;
	statement: string;
	answer: Answer;
	/** With "not applicable": why, and an optional note. */
	reason?: NotApplicable['reason'];
	note?: string | null;
	seq: number;
}
export interface PendingComment {
	item: string;
	body: string;
	seq: number;
}

export type SaveState = 'saved' | 'saving' | 'offline' | 'refused';

interface Stored {
	answers: Record<string, PendingAnswer>;
	comments: Record<string, PendingComment>;
	position?: string;
}

let counter = 0;
/** Increasing across reloads and devices' clocks alike (ms × 1000 + a counter). */
export function nextSeq(): number {
	counter = (counter + 1) % 1000;
	return Date.now() * 1000 + counter;
}

export class SaveQueue {
	state: SaveState = $state('saved');
	/** A message key when the server refused the batch (e.g. the session was closed). */
	refusal: string | null = $state(null);
	pendingCount = $state(0);
	private stored: Stored = { answers: {}, comments: {} };
	private inFlight = false;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private backoff = 1000;

	constructor(
		private readonly url: string,
		private readonly storageKey: string
	) {
		try {
			const raw = localStorage.getItem(storageKey);
			if (raw) this.stored = JSON.parse(raw) as Stored;
		} catch {
			// Private mode or corrupt storage: keep going in memory.
		}
		this.update();
		window.addEventListener('online', this.retryNow);
		if (this.pendingCount > 0) this.schedule(0);
	}

	/** Answers that were saved locally but not yet acknowledged (shown on top of the server's). */
	get pendingAnswers(): PendingAnswer[] {
		return Object.values(this.stored.answers);
	}
	get pendingComments(): PendingComment[] {
		return Object.values(this.stored.comments);
	}
	get pendingPosition(): string | undefined {
		return this.stored.position;
	}

	answer(item: string, statement: string, answer: Answer, why?: NotApplicable) {
		this.stored.answers[`${item}/${statement}`] = {
			item,
			statement,
			answer,
			...(answer === 'not-applicable' && why ? { reason: why.reason, note: why.note } : {}),
			seq: nextSeq()
		};
		// A note is typed: wait for a pause, as for comments.
		this.changed(why?.note ? 800 : 150);
	}

	comment(item: string, body: string) {
		this.stored.comments[item] = { item, body, seq: nextSeq() };
		this.changed(800);
	}

	position(position: string) {
		this.stored.position = position;
		this.changed(300);
	}

	/** Sends whatever is pending now (before leaving the page). */
	flush = (): Promise<void> => this.send();

	destroy() {
		clearTimeout(this.timer);
		window.removeEventListener('online', this.retryNow);
	}

	private retryNow = () => {
		this.backoff = 1000;
		this.schedule(0);
	};

	private changed(delay: number) {
		this.persist();
		this.update();
		this.refusal = null;
		this.schedule(delay);
	}

	private update() {
		this.pendingCount =
			Object.keys(this.stored.answers).length +
			Object.keys(this.stored.comments).length +
			(this.stored.position ? 1 : 0);
		if (this.pendingCount === 0 && this.state !== 'refused') this.state = 'saved';
		else if (this.state === 'saved') this.state = 'saving';
	}

	private persist() {
		try {
			localStorage.setItem(this.storageKey, JSON.stringify(this.stored));
		} catch {
			// Storage full or unavailable: the in-memory queue still retries.
		}
	}

	private schedule(delay: number) {
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.send(), delay);
	}

	private async send(): Promise<void> {
		if (this.inFlight) return;
		const batch = {
			answers: Object.values(this.stored.answers),
			comments: Object.values(this.stored.comments),
			position: this.stored.position
		};
		if (batch.answers.length + batch.comments.length === 0 && !batch.position) return;
		this.inFlight = true;
		this.state = 'saving';
		try {
			const body = JSON.stringify(batch);
			const res = await fetch(this.url, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body,
				// Lets a flush started as the page is hidden or reloaded finish after it unloads;
				// browsers refuse keepalive bodies over 64 KB, so long comments go without it.
				keepalive: body.length < 60_000
			});
			if (res.ok) {
				this.acknowledge(batch);
				this.backoff = 1000;
			} else if (
				res.status >= 400 &&
				res.status < 500 &&
				res.status !== 408 &&
				res.status !== 429
			) {
				// Refused for good (closed session, locked section): say so, keep the answers locally.
				const body = (await res.json().catch(() => ({}))) as { message?: string };
				this.state = 'refused';
				this.refusal = body.message ?? 'errors.bad_request';
				return;
			} else throw new Error(`HTTP ${res.status}`);
		} catch {
			this.state = 'offline';
			this.schedule(this.backoff);
			this.backoff = Math.min(this.backoff * 2, 15_000);
			return;
		} finally {
			this.inFlight = false;
		}
		this.update();
		// Changes made while the batch was in flight go next.
		if (this.pendingCount > 0) this.schedule(0);
	}

	/** Removes what the server acknowledged, unless it changed again in the meantime. */
	private acknowledge(batch: {
		answers: PendingAnswer[];
		comments: PendingComment[];
		position?: string;
	}) {
		for (const a of batch.answers) {
			const key = `${a.item}/${a.statement}`;
			if (this.stored.answers[key]?.seq === a.seq) delete this.stored.answers[key];
		}
		for (const c of batch.comments)
			if (this.stored.comments[c.item]?.seq === c.seq) delete this.stored.comments[c.item];
		if (this.stored.position === batch.position) delete this.stored.position;
		this.persist();
	}
}
