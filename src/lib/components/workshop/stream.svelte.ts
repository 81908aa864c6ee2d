// A server-sent event stream as reactive state: the latest value of one event, and whether the
// connection is up. EventSource reconnects by itself; the server sends `retry` and heartbeats.
export class LiveStream<T> {
	value: T | null = $state(null);
	connected = $state(false);
	private source: EventSource | null = null;

	/** Starts listening; returns the cleanup for onMount/$effect. */
	connect(url: string, event: string): () => void {
		const source = new EventSource(url);
		this.source = source;
		source.addEventListener(event, (e) => {
			this.value = JSON.parse((e as MessageEvent<string>).data) as T;
			this.connected = true;
		});
		source.onopen = () => (this.connected = true);
		source.onerror = () => (this.connected = source.readyState === EventSource.OPEN);
		return () => {
			source.close();
			if (this.source === source) this.source = null;
		};
	}
}
