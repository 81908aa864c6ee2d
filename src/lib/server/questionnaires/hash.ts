// The content hash an assessment pins: sha256 of the parsed questionnaire as canonical JSON
// (keys sorted at every depth), so YAML formatting and comments never change it, while any
// change to text, weights or rules does.
import { createHash } from 'node:crypto';

function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (value !== null && typeof value === 'object')
		return Object.fromEntries(
			Object.keys(value)
				.sort()
				.map((key) => [key, canonical((value as Record<string, unknown>)[key])])
		);
	return value;
}

export function canonicalJson(value: unknown): string {
	return JSON.stringify(canonical(value));
}

/** Also for verifying a copy stored in the database: it hashes to the pinned value. */
export function contentHash(value: unknown): string {
	return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
