import { z } from 'zod';
import { ROLE_LAYERS } from '$lib/scoring';
import { optionalText } from '$lib/server/forms';
import { addressListField } from '$lib/server/mail/addresses';

const role = z.enum(ROLE_LAYERS, { error: 'respond.errors.choose_role' });

/**
 * Joining a workshop. An anonymous session has no name field at all: a name sent anyway is
 * dropped here, before anything could store it.
 */
export function joinSchema(anonymous: boolean) {
	const base = z.object({ role, department: optionalText(80) });
	return anonymous
		? base.transform((v) => ({ ...v, name: null }))
		: base.extend({ name: optionalText(80) });
}

export const sectionSchema = z.object({
	lens: z.string().regex(/^[a-z][a-z0-9-]{0,79}$/, { error: 'errors.invalid_choice' }),
	open: z.enum(['true', 'false'], { error: 'errors.invalid_choice' }).transform((v) => v === 'true')
});

export const codeSchema = z.object({
	code: z.string({ error: 'errors.required' }).max(40, { error: 'join.errors.bad_code' })
});

/** Mailing the join link to a list of addresses. */
export const mailLinkSchema = z.object({ addresses: addressListField });

/**
 * Recording what the room agreed on one statement: a level 0–4, "median" (the level more than
 * half the answers reached, one key), or empty to clear it; a one-line rationale; the version
 * the facilitator's screen showed.
 */
export const consensusSchema = z.object({
	item: z.string().regex(/^[a-z][a-z0-9-]{0,79}$/, { error: 'workshop.consensus.errors.unknown' }),
	statement: z
		.string()
		.regex(/^[a-z][a-z0-9-]{0,79}$/, { error: 'workshop.consensus.errors.unknown' }),
	level: z.enum(['0', '1', '2', '3', '4', 'median', ''], {
		error: 'workshop.consensus.errors.level'
	}),
	rationale: optionalText(200),
	version: z.coerce
		.number({ error: 'workshop.consensus.errors.conflict' })
		.int()
		.min(0)
		.max(2_000_000_000)
});
