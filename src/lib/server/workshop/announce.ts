// Telling other listeners (and other app instances) that a workshop changed, after the change
// committed. Saves come in bursts — 300 phones at once — so "answers changed" goes out at once
// for the first save and then at most once per `gap` ms per workshop; the live views coalesce
// further. State changes (sections, reveal, close) always go out at once.
import type { EventBus, LiveEventKind } from '$lib/server/events';

export class Announcer {
	private last = new Map<string, number>();
	private pending = new Map<string, ReturnType<typeof setTimeout>>();

	constructor(
		private readonly bus: EventBus,
		private readonly gap = 100
	) {}

	answers(assessment: string) {
		if (this.pending.has(assessment)) return;
		const wait = (this.last.get(assessment) ?? 0) + this.gap - Date.now();
		if (wait <= 0) return this.send(assessment, 'answers');
		this.pending.set(
			assessment,
			setTimeout(() => {
				this.pending.delete(assessment);
				this.send(assessment, 'answers');
			}, wait)
		);
	}

	state(assessment: string) {
		this.send(assessment, 'state');
	}

	private send(assessment: string, kind: LiveEventKind) {
		this.last.set(assessment, Date.now());
		// The change is committed whatever happens here; a lost event only delays a live view.
		this.bus.publish({ assessment, kind }).catch((err) => {
			console.error('[live] could not publish an event', err);
		});
		if (this.last.size > 1000) this.forgetOld();
	}

	private forgetOld() {
		const before = Date.now() - 60_000;
		for (const [id, at] of this.last) if (at < before) this.last.delete(id);
	}
}
