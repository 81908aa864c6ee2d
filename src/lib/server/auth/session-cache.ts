// Recently validated sessions, kept for a few seconds: a signed-in user's page views and the
// requests their pages make do not each re-read the session, user and organisations that were
// read a moment ago (one query per view, which was a fifth of a question page's cost).
//
// Never stale in this process: every request that may change who someone is or what they may
// see — any non-GET request made with a session, and the few writes made during a page view —
// empties the cache before and after it runs, and a read that started before such a change
// cannot store what it read (a generation counter). Across processes (PostgreSQL, several
// instances), each change is announced with NOTIFY and the others empty theirs; an instance that
// is not listening (not yet, or its listening connection is lost) does not use its cache. An
// entry lives at most `ttlMs`, and never past its session's expiry.
import type { OrganisationSummary } from '$lib/server/organisations/repository';
import type { Session, SessionUser } from './session';

export interface ValidSession {
	session: Session;
	user: SessionUser;
	memberships: OrganisationSummary[];
}

export interface SessionCacheOptions {
	ttlMs?: number;
	max?: number;
	/** False while changes made elsewhere could go unheard: then nothing is served from memory. */
	usable?: () => boolean;
	now?: () => number;
}

function freeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const v of Object.values(value)) freeze(v);
	}
	return value;
}

export class SessionCache {
	readonly #entries = new Map<string, { value: ValidSession; until: number }>();
	#generation = 0;
	readonly #ttl: number;
	readonly #max: number;
	readonly #usable: () => boolean;
	readonly #now: () => number;

	constructor(options: SessionCacheOptions = {}) {
		this.#ttl = options.ttlMs ?? 5000;
		this.#max = options.max ?? 10_000;
		this.#usable = options.usable ?? (() => true);
		this.#now = options.now ?? Date.now;
	}

	/** The session for `token`, from memory when it was read recently, otherwise by `read`. */
	async validate(
		token: string,
		read: (token: string) => Promise<ValidSession | null>
	): Promise<ValidSession | null> {
		const now = this.#now();
		if (this.#ttl > 0 && this.#usable()) {
			const hit = this.#entries.get(token);
			if (hit && hit.until > now) return hit.value;
			if (hit) this.#entries.delete(token);
		}
		const generation = this.#generation;
		const value = await read(token);
		if (value && this.#ttl > 0 && generation === this.#generation && this.#usable()) {
			if (this.#entries.size >= this.#max) this.#entries.clear();
			// Shared by concurrent requests from now on: nothing may change it in place.
			this.#entries.set(token, {
				value: freeze(value),
				until: Math.min(now + this.#ttl, value.session.expiresAt.getTime())
			});
		}
		return value;
	}

	/** Something about users, sessions or memberships may have changed: forget everything. */
	invalidate(): void {
		this.#generation++;
		this.#entries.clear();
	}

	get size(): number {
		return this.#entries.size;
	}
}
