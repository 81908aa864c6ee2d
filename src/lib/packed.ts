// A value the server sends to the browser as one JSON string, serialised once.
//
// SvelteKit writes a page's data into its HTML with devalue, which walks every object and key
// on every request; for the large values that never change — a namespace of messages, the
// outline of a questionnaire — that walk was the largest single cost of serving a question
// page. A Packed value is walked once (its JSON is kept), and `transport` in src/hooks.ts sends
// that JSON as a single string which the browser parses back.
export class Packed<T> {
	#json: string | undefined;

	constructor(
		readonly value: T,
		json?: string
	) {
		this.#json = json;
	}

	get json(): string {
		return (this.#json ??= JSON.stringify(this.value));
	}

	static parse<T>(json: string): Packed<T> {
		return new Packed(JSON.parse(json) as T, json);
	}
}
