// One customer schema for the form and for each CSV row: both arrive as strings, and both
// answer with message keys (register.errors.*, errors.*) that the page or the report translates.
import { z } from 'zod';
import { CHANNELS, LIMITS, type Channel, type Kind } from '$lib/register/fields';
import { canonicalLabel, normalise, phoneDigits } from '$lib/register/normalise';
import { SATISFACTION_LEVELS } from '$lib/register/satisfaction';
import {
	parseAmount,
	parseBoolean,
	parseChannel,
	parseDay,
	parseKind,
	splitTags
} from '$lib/register/values';
import { cleanText } from '$lib/server/forms';

/** One line of text: hidden controls stripped, runs of whitespace (newlines too) one space. */
export function line(s: string): string {
	return cleanText(s).replace(/\s+/g, ' ');
}

function required(max: number) {
	return z
		.string({ error: 'errors.required' })
		.transform(line)
		.pipe(z.string().min(1, { error: 'errors.required' }).max(max));
}

/** Empty is null; otherwise `read` gives the value or undefined, which is the error `key`. */
function optional<T>(read: (s: string) => T | undefined, key: string) {
	return z
		.string()
		.optional()
		.transform((s, ctx): T | null => {
			const v = line(s ?? '');
			if (v === '') return null;
			const out = read(v);
			if (out === undefined) {
				ctx.addIssue({ code: 'custom', message: key });
				return z.NEVER;
			}
			return out;
		});
}

function optionalLine(max: number) {
	return z
		.string()
		.optional()
		.transform((s) => line(s ?? '') || null)
		.pipe(z.string().max(max).nullable());
}

const email = z
	.string()
	.optional()
	.transform((s) => line(s ?? '') || null)
	.pipe(z.email({ error: 'errors.invalid_email' }).max(254).nullable());

const phone = optional((s) => {
	const digits = phoneDigits(s).length;
	return s.length <= 40 && digits >= 7 && digits <= 15 ? s : undefined;
}, 'register.errors.phone');

const tags = z
	.string()
	.optional()
	.transform((s, ctx) => {
		const seen = new Map<string, string>();
		for (const tag of splitTags(cleanText(s ?? '')).map(canonicalLabel)) {
			if (tag.length > LIMITS.label) {
				ctx.addIssue({ code: 'custom', message: 'register.errors.tag_too_long' });
				return z.NEVER;
			}
			if (!seen.has(normalise(tag))) seen.set(normalise(tag), tag);
		}
		if (seen.size > LIMITS.tags) {
			ctx.addIssue({ code: 'custom', message: 'register.errors.too_many_tags' });
			return z.NEVER;
		}
		return [...seen.values()];
	});

export const customerSchema = z.object({
	name: required(LIMITS.name),
	kind: z
		.string()
		.optional()
		.transform((s, ctx): Kind => {
			const kind = parseKind(s ?? '');
			if (kind) return kind;
			ctx.addIssue({ code: 'custom', message: 'register.errors.kind' });
			return z.NEVER;
		}),
	tier: optional((s) => {
		const label = canonicalLabel(s);
		return label.length <= LIMITS.label ? label : undefined;
	}, 'register.errors.tier_too_long'),
	tags,
	channel: optional<Channel>(parseChannel, 'register.errors.channel'),
	email,
	phone,
	city: optionalLine(LIMITS.text),
	industry: optionalLine(LIMITS.text),
	annual_value: optional(parseAmount, 'register.errors.amount'),
	acquisition_source: optionalLine(LIMITS.text),
	acquisition_cost: optional(parseAmount, 'register.errors.amount'),
	/** A member's id (forms) or email (CSV files); resolved against the organisation. */
	owner: optionalLine(254),
	consent: z
		.string()
		.optional()
		.transform((s, ctx) => {
			const b = parseBoolean(s ?? '');
			if (b !== undefined) return b;
			ctx.addIssue({ code: 'custom', message: 'register.errors.consent' });
			return z.NEVER;
		}),
	consent_at: optional(parseDay, 'register.errors.date'),
	notes: z
		.string()
		.optional()
		.transform((s) => cleanText(s ?? '') || null)
		.pipe(z.string().max(LIMITS.notes).nullable())
});
export type CustomerInput = z.output<typeof customerSchema>;

export const editSchema = customerSchema.extend({
	version: z.coerce.number({ error: 'errors.invalid' }).int().min(1)
});

const day = z.string({ error: 'errors.required' }).transform((s, ctx) => {
	const d = parseDay(s.trim());
	if (d) return d;
	ctx.addIssue({ code: 'custom', message: 'register.errors.date' });
	return z.NEVER;
});

export const interactionSchema = z.object({
	occurred_on: day,
	channel: z.enum(CHANNELS, { error: 'errors.invalid_choice' }),
	summary: z
		.string({ error: 'errors.required' })
		.transform(cleanText)
		.pipe(z.string().min(1, { error: 'errors.required' }).max(LIMITS.summary))
});

const score = z.coerce
	.number({ error: 'register.errors.score' })
	.int({ error: 'register.errors.score' })
	.min(1, { error: 'register.errors.score' })
	.max(5, { error: 'register.errors.score' });

export const satisfactionSchema = z.object({
	measured_on: day,
	expectation: score,
	performance: score,
	note: z
		.string()
		.optional()
		.transform((s) => cleanText(s ?? '') || null)
		.pipe(z.string().max(LIMITS.note).nullable())
});

export const satisfactionFilter = z.enum([...SATISFACTION_LEVELS, 'none']);
