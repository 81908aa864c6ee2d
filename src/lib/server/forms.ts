// Validation at the edge: every form action and endpoint parses its input with a zod schema
// and answers bad input with message *keys* that the page translates beside the field.
import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { FieldError, FieldErrors } from '$lib/types/forms';

export type { FieldError, FieldErrors };

export type Parsed<T> =
	{ ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string> };

// Bidi overrides/isolates and other invisible controls are stripped from free text so that a
// name cannot be made to display differently from what it is. ZWNJ (U+200C), which Persian
// spelling needs, and ZWJ are kept.
const HIDDEN =
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export function cleanText(s: string): string {
	return s.replace(HIDDEN, '').trim();
}

/** A required single-line or multi-line text field. */
export function text(max: number, min = 1) {
	return z
		.string({ error: 'errors.required' })
		.transform(cleanText)
		.pipe(
			z
				.string()
				.min(min, min <= 1 ? { error: 'errors.required' } : undefined)
				.max(max)
		);
}

/** An optional text field: empty becomes null. */
export function optionalText(max: number) {
	return z
		.string()
		.optional()
		.transform((s) => (s === undefined ? null : cleanText(s) || null))
		.pipe(z.string().max(max).nullable());
}

export const uuid = z.uuid({ error: 'errors.not_found' });

const MESSAGE_KEY = /^[a-z_]+(\.[a-z0-9_]+)+$/;

function issueToError(issue: z.core.$ZodIssue): FieldError {
	// Schemas may name their own message key; zod's default messages are sentences.
	if (MESSAGE_KEY.test(issue.message)) {
		// A custom check may name the value it refused (an address in a list).
		const params = issue.code === 'custom' ? (issue.params as FieldError['params']) : undefined;
		return params ? { key: issue.message, params } : { key: issue.message };
	}
	switch (issue.code) {
		case 'too_small':
			if (issue.origin === 'string')
				return Number(issue.minimum) <= 1
					? { key: 'errors.required' }
					: { key: 'errors.too_short', params: { min: Number(issue.minimum) } };
			return { key: 'errors.too_small', params: { min: Number(issue.minimum) } };
		case 'too_big':
			if (issue.origin === 'string')
				return { key: 'errors.too_long', params: { max: Number(issue.maximum) } };
			return { key: 'errors.too_big', params: { max: Number(issue.maximum) } };
		case 'invalid_format':
			return { key: issue.format === 'email' ? 'errors.invalid_email' : 'errors.invalid' };
		case 'invalid_type':
			return { key: issue.input === undefined ? 'errors.required' : 'errors.invalid' };
		case 'invalid_value':
			return { key: 'errors.invalid_choice' };
		default:
			return { key: 'errors.invalid' };
	}
}

export function toFieldErrors(error: z.ZodError): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of error.issues) {
		const field = issue.path.map(String).join('.') || '_form';
		errors[field] ??= issueToError(issue);
	}
	return errors;
}

const SECRET_FIELD = /password|token/i;

/** FormData → plain object (repeated keys become arrays); files are ignored. */
export function formToObject(form: FormData): Record<string, string | string[]> {
	const out: Record<string, string | string[]> = {};
	for (const [k, v] of form) {
		// Only own fields: a field named `constructor` or `__proto__` must not meet Object's own.
		if (typeof v !== 'string' || k === '__proto__') continue;
		const prev = Object.hasOwn(out, k) ? out[k] : undefined;
		out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
	}
	return out;
}

// Control characters other than tab, line feed and carriage return are no text anyone types:
// NUL cannot even be stored by PostgreSQL. A field holding one is refused, by name, before any
// schema or service sees it (issue 17 §6).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const CONTROLS = new RegExp(CONTROL.source, 'g');

function controlErrors(input: unknown): FieldErrors | null {
	if (!input || typeof input !== 'object' || Array.isArray(input)) return null;
	const errors: FieldErrors = {};
	for (const [k, v] of Object.entries(input)) {
		const values = Array.isArray(v) ? v : [v];
		if (values.some((one) => typeof one === 'string' && CONTROL.test(one)))
			errors[CONTROL.test(k) ? '_form' : k] = { key: 'errors.control_characters' };
		else if (CONTROL.test(k)) errors._form = { key: 'errors.control_characters' };
	}
	return Object.keys(errors).length ? errors : null;
}

export function parse<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
	const refused = controlErrors(input);
	const result = refused ? null : schema.safeParse(input);
	if (result?.success) return { ok: true, data: result.data };
	const values: Record<string, string> = {};
	if (input && typeof input === 'object') {
		for (const [k, v] of Object.entries(input)) {
			if (typeof v === 'string' && !SECRET_FIELD.test(k))
				values[k] = v.replace(CONTROLS, '').slice(0, 2000);
		}
	}
	return { ok: false, errors: refused ?? (result ? toFieldErrors(result.error) : {}), values };
}

/** A failed action: status, field errors as message keys, and the values to show again. */
export function invalid(status: number, errors: FieldErrors, values: Record<string, string> = {}) {
	return fail(status, { errors, values });
}

export async function parseForm<S extends z.ZodType>(
	request: Request,
	schema: S
): Promise<Parsed<z.output<S>>> {
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		return { ok: false, errors: { _form: { key: 'errors.bad_request' } }, values: {} };
	}
	return parse(schema, formToObject(form));
}
