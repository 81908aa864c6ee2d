// Hostile payloads generated from a zod schema's shape (via its JSON Schema): for every field,
// wrong types, huge strings, bidi overrides and zero-width characters, markup, SQL fragments;
// plus the empty payload and unknown fields.
import { z } from 'zod';

export const HOSTILE_STRINGS = [
	'x'.repeat(200_000),
	'\u202Egnp.exe\u202C \u200B\u200C\u200D\u2066\u2069',
	'<script>alert(1)</script><img src=x onerror=alert(1)>',
	"'; drop table users; --",
	"1' OR '1'='1",
	'\u0000\u0001\u001F',
	'../../etc/passwd',
	'{{7*7}}${7*7}',
	'-1',
	'9'.repeat(400),
	'',
	'   '
];

type JsonSchema = {
	type?: string | string[];
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
	anyOf?: JsonSchema[];
	oneOf?: JsonSchema[];
};

function fieldsOf(schema: z.ZodType): Record<string, JsonSchema> {
	const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
	const variants = [json, ...(json.anyOf ?? []), ...(json.oneOf ?? [])];
	return Object.assign({}, ...variants.map((v) => v.properties ?? {}));
}

export interface Payload {
	label: string;
	/** Form fields (repeated keys for arrays) or a JSON body. */
	form?: Record<string, string | string[]>;
	json?: unknown;
}

/** Form payloads: every field in turn gets each hostile value, the others a plausible one. */
export function formPayloads(schema: z.ZodType, base: Record<string, string> = {}): Payload[] {
	const fields = Object.keys(fieldsOf(schema));
	const out: Payload[] = [
		{ label: 'empty', form: {} },
		{
			label: 'unknown fields',
			form: { ...base, __proto__x: 'x', constructor: 'y', unexpected: 'z' }
		}
	];
	for (const field of fields) {
		for (const [i, value] of HOSTILE_STRINGS.entries())
			out.push({ label: `${field}#${i}`, form: { ...base, [field]: value } });
		out.push({ label: `${field} repeated`, form: { ...base, [field]: ['a', 'b', 'c'] } });
	}
	return out;
}

const WRONG_JSON_VALUES: unknown[] = [
	null,
	true,
	-1,
	1e308,
	'4',
	[],
	{},
	[[[[]]]],
	'x'.repeat(100_000),
	'\u202E<script>',
	{ $gt: '' }
];

/** JSON payloads: wrong types for each field, at the top level and inside array items. */
export function jsonPayloads(schema: z.ZodType, valid: Record<string, unknown>): Payload[] {
	const fields = fieldsOf(schema);
	const out: Payload[] = [
		{ label: 'not an object', json: 'hello' },
		{ label: 'array', json: [1, 2, 3] },
		{ label: 'null', json: null }
	];
	for (const [field, spec] of Object.entries(fields)) {
		for (const [i, value] of WRONG_JSON_VALUES.entries())
			out.push({ label: `${field}=${i}`, json: { ...valid, [field]: value } });
		const item = spec.items?.properties;
		if (item)
			for (const sub of Object.keys(item))
				for (const [i, value] of WRONG_JSON_VALUES.entries())
					out.push({
						label: `${field}[].${sub}=${i}`,
						json: { ...valid, [field]: [{ ...(firstItem(valid[field]) ?? {}), [sub]: value }] }
					});
	}
	return out;
}

function firstItem(v: unknown): Record<string, unknown> | undefined {
	return Array.isArray(v) && v[0] && typeof v[0] === 'object'
		? (v[0] as Record<string, unknown>)
		: undefined;
}
