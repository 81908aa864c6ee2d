// What the plan editor's forms may send. Every action names the version it was read at.
import { z } from 'zod';
import { ACTION_STATUSES, CHANGE_ELEMENTS, PHASES } from '$lib/plans/types';
import { parseDay } from '$lib/register/values';
import { ActionOwner } from '$lib/questionnaires/schema';
import { optionalText, text, uuid } from '$lib/server/forms';

const version = z
	.string({ error: 'errors.invalid' })
	.regex(/^[1-9]\d{0,8}$/, { error: 'errors.invalid' })
	.transform(Number);

/**
 * A calendar day from a date field, empty for none: ISO from the browser's date input, or a
 * Persian-calendar day as typed in Persian (۱۴۰۶/۰۱/۰۱, 1406/1/1). Only days that exist pass
 * (1406/12/30, 2026-02-30 do not), and only this century's.
 */
const due = z
	.string()
	.optional()
	.transform((s, ctx): string | null => {
		if (s === undefined || s.trim() === '') return null;
		const day = parseDay(s.trim());
		if (day?.startsWith('20')) return day;
		ctx.addIssue({ code: 'custom', message: 'plan.errors.due' });
		return z.NEVER;
	});

const phase = z.enum(PHASES, { error: 'errors.invalid_choice' });
const owner = optionalText(120);

/** The owner role; empty means none chosen (a recommendation then keeps its own). */
const ownerRole = z
	.union([z.literal(''), ActionOwner], { error: 'errors.invalid_choice' })
	.optional()
	.transform((v) => (v ? v : null));

/** The actions this one depends on, as ids of the same plan (the service checks them). */
const after = z
	.union([uuid, z.array(uuid).max(50, { error: 'plan.gap.errors.too_many_dependencies' })])
	.optional()
	.transform((v) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])]);

export const editActionSchema = z.object({
	id: uuid,
	version,
	text: text(600),
	phase,
	owner,
	ownerRole,
	deliverable: optionalText(600),
	after,
	due,
	status: z.enum(ACTION_STATUSES, { error: 'errors.invalid_choice' })
});
export type EditActionInput = z.output<typeof editActionSchema>;

export const addActionSchema = z.object({
	text: text(600),
	phase,
	element: z
		.union([z.literal(''), z.enum(CHANGE_ELEMENTS)], { error: 'errors.invalid_choice' })
		.optional()
		.transform((v) => (v ? v : null)),
	owner,
	due
});
export type AddActionInput = z.output<typeof addActionSchema>;

export const removeActionSchema = z.object({ id: uuid, version });

export const moveActionSchema = z.object({
	id: uuid,
	direction: z.enum(['up', 'down'], { error: 'errors.invalid_choice' })
});

export const editGoalSchema = z.object({
	id: uuid,
	version,
	kpi: text(300),
	measurement: optionalText(1500),
	baseline: optionalText(300),
	target: optionalText(600),
	owner,
	due
});
export type EditGoalInput = z.output<typeof editGoalSchema>;
