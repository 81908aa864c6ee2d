// Live events: "something changed in assessment X". Events carry no data, only what changed,
// so that every listener reads the truth from the database (and nothing private travels).
export const EVENT_KINDS = ['answers', 'state'] as const;
/** answers: a save or a join; state: sections, reveal, open/close. */
export type LiveEventKind = (typeof EVENT_KINDS)[number];

export interface LiveEvent {
	assessment: string;
	kind: LiveEventKind;
}

export type Listener = (event: LiveEvent) => void;

export interface EventBus {
	publish(event: LiveEvent): Promise<void>;
	/** Resolves once the bus really listens, so nothing published afterwards is missed. */
	subscribe(assessment: string, listener: Listener): Promise<() => void>;
	close(): Promise<void>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeEvent(event: LiveEvent): string {
	return `${event.kind}:${event.assessment}`;
}

/** Notifications come from the database, which any role can write to: trust nothing. */
export function decodeEvent(payload: string | undefined): LiveEvent | null {
	const [kind, assessment] = (payload ?? '').split(':');
	if (!assessment || !UUID.test(assessment)) return null;
	if (!(EVENT_KINDS as readonly string[]).includes(kind ?? '')) return null;
	return { assessment, kind: kind as LiveEventKind };
}

/** Local listeners by assessment; both buses deliver through it. */
export class Listeners {
	private byAssessment = new Map<string, Set<Listener>>();

	add(assessment: string, listener: Listener): () => void {
		const set = this.byAssessment.get(assessment) ?? new Set();
		set.add(listener);
		this.byAssessment.set(assessment, set);
		return () => {
			set.delete(listener);
			if (set.size === 0 && this.byAssessment.get(assessment) === set)
				this.byAssessment.delete(assessment);
		};
	}

	deliver(event: LiveEvent) {
		for (const listener of this.byAssessment.get(event.assessment) ?? []) {
			try {
				listener(event);
			} catch (err) {
				console.error('[events] listener failed', err);
			}
		}
	}

	assessments(): string[] {
		return [...this.byAssessment.keys()];
	}

	get size() {
		return this.byAssessment.size;
	}
}
