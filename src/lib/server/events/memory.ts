// The embedded database serves one process, so its events never need to leave it.
import { Listeners, type EventBus, type Listener, type LiveEvent } from './bus';

export class MemoryBus implements EventBus {
	private listeners = new Listeners();

	async publish(event: LiveEvent) {
		// Asynchronous like a notification: a publisher never runs its listeners inline.
		setImmediate(() => this.listeners.deliver(event));
	}

	async subscribe(assessment: string, listener: Listener) {
		return this.listeners.add(assessment, listener);
	}

	async close() {}
}
