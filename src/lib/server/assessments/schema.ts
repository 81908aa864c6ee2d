import { z } from 'zod';
import { NA_NOTE_MAX, NA_REASONS } from '$lib/assessments/not-applicable';
import { STAGES } from '$lib/questionnaires/schema';
import { ROLE_LAYERS } from '$lib/scoring';
import { optionalText, text } from '$lib/server/forms';

/** An HTML checkbox: present ("on") when ticked, absent otherwise. */
const checkbox = z
	.enum(['on', 'true'])
	.optional()
	.transform((v) => v !== undefined);

/** Where the organisation stands with CRM; left out when creating: not recorded (null). */
const stage = z.enum(STAGES, { error: 'assessment.errors.stage' });

export const createSchema = z.object({
	title: text(160),
	mode: z.enum(['self', 'workshop'], { error: 'errors.invalid_choice' }),
	lenses: z
		.union([z.string(), z.array(z.string())], { error: 'assessment.errors.no_lens' })
		.transform((v) => (Array.isArray(v) ? v : [v]))
		.pipe(z.array(z.string().max(60)).min(1, { error: 'assessment.errors.no_lens' }).max(10)),
	anonymous: checkbox,
	locale: z.enum(['en', 'fa'], { error: 'errors.invalid_choice' }),
	stage: z
		.union([z.literal(''), stage])
		.optional()
		.transform((v) => (v ? v : null))
});

/** Changing the recorded stage (owner or consultant). */
export const stageSchema = z.object({ stage });

export const renameSchema = z.object({ title: text(160) });

export const startSchema = z.object({
	role: z.enum(ROLE_LAYERS, { error: 'respond.errors.choose_role' }),
	department: optionalText(80),
	name: optionalText(80)
});

const slug = z.string().regex(/^[a-z][a-z0-9-]{0,79}$/);

/** What the wizard posts: a batch of answers and comments, all or nothing. */
export const batchSchema = z.object({
	answers: z
		.array(
			z.object({
				item: slug,
				statement: slug,
				answer: z.union([
					z.literal('dont-know'),
					z.literal('not-applicable'),
					z.number().int().min(0).max(4)
				]),
				// With "not applicable" only: why (from the fixed list) and an optional note.
				reason: z.enum(NA_REASONS, { error: 'respond.errors.na_reason' }).optional(),
				note: z.string().max(NA_NOTE_MAX, { error: 'respond.errors.na_note' }).nullish(),
				seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)
			})
		)
		.refine((answers) => answers.every((a) => a.answer !== 'not-applicable' || a.reason), {
			error: 'respond.errors.na_reason'
		})
		.max(200)
		.default([]),
	comments: z
		.array(
			z.object({
				item: slug,
				body: z.string().max(4000),
				seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)
			})
		)
		.max(50)
		.default([]),
	position: z.string().max(200).nullable().optional()
});
export type BatchInput = z.infer<typeof batchSchema>;

// Targets: a level 0–4, or empty for "back to the questionnaire's default".
const targetLevel = z.enum(['', '0', '1', '2', '3', '4'], {
	error: 'results.targets.errors.level'
});
const targetItem = z.string().regex(/^[a-z][a-z0-9-]{0,79}$/, {
	error: 'results.targets.errors.unknown_item'
});
/** One field or the same field repeated, as a list (each element keeps its own message). */
const repeated = <T extends z.ZodType>(one: T) =>
	z.preprocess((v) => (Array.isArray(v) ? v : [v]), z.array(one).max(500));

/** The targets table: `item` and `level` repeated, pairwise (the n-th level is the n-th item's). */
export const itemTargetsSchema = z
	.object({ item: repeated(targetItem), level: repeated(targetLevel) })
	.refine((v) => v.item.length === v.level.length, {
		error: 'results.targets.errors.level'
	});

/** One level for every item of a lens. */
export const lensTargetSchema = z.object({ lens: targetItem, level: targetLevel });
