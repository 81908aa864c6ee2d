// The import form: a field for each column (map_0, map_1, …), the duplicate policy and the
// all-or-nothing switch, read from a form post or from the progress endpoint's form data.
import { z } from 'zod';
import { DUPLICATE_POLICIES, isCustomerField } from '$lib/register/fields';
import { CONTROL, type FieldErrors } from '$lib/server/forms';
import { ENCODINGS } from './decode';
import type { ImportOptions } from './files';

const MAX_COLUMNS = 200;

/** The form's fixed fields; the map_<column> fields are read by parseOptions. */
export const optionsSchema = z
	.object({
		policy: z.enum(DUPLICATE_POLICIES, { error: 'errors.invalid_choice' }).default('skip'),
		atomic: z.string().optional(),
		map_0: z.string().optional()
	})
	.catchall(z.union([z.string(), z.array(z.string())]));

export function parseOptions(
	raw: Record<string, string | string[]>
): { ok: true; data: ImportOptions } | { ok: false; errors: FieldErrors } {
	const mapping: (string | null)[] = [];
	const errors: FieldErrors = {};
	for (const [key, value] of Object.entries(raw)) {
		const m = /^map_(\d{1,3})$/.exec(key);
		if (!m || Number(m[1]) >= MAX_COLUMNS) continue;
		const v = Array.isArray(value) ? value[0] : value;
		if (v && !isCustomerField(v)) errors[key] = { key: 'errors.invalid_choice' };
		mapping[Number(m[1])] = v || null;
	}
	const filled = Array.from(mapping, (f) => f ?? null);
	const seen = new Set<string>();
	filled.forEach((f, i) => {
		if (!f) return;
		if (seen.has(f)) errors[`map_${i}`] = { key: 'register.import.errors.mapped_twice' };
		seen.add(f);
	});
	if (!seen.has('name')) errors._form = { key: 'register.import.errors.name_required' };
	const fixed = optionsSchema.safeParse(raw);
	if (!fixed.success) errors.policy = { key: 'errors.invalid_choice' };
	if (Object.keys(errors).length || !fixed.success) return { ok: false, errors };
	return {
		ok: true,
		data: { mapping: filled, policy: fixed.data.policy, atomic: raw.atomic === 'on' }
	};
}

export const encodingSchema = z.object({
	encoding: z.enum(['auto', ...ENCODINGS], { error: 'errors.invalid_choice' })
});

/** Starting a chunked upload: the file's name and size (JSON). */
export const uploadSchema = z.object({
	name: z
		.string()
		.max(500)
		.refine((s) => !CONTROL.test(s), { error: 'errors.control_characters' }),
	size: z.number().int().min(0)
});
