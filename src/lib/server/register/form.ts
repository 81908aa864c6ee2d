// Register forms are read once and parsed with forms.ts's `parse`, so that a rule checked after
// validation (an owner who left, an edit conflict) can still send the typed values back.
import { formToObject } from '$lib/server/forms';

export type RawForm = Record<string, string | string[]>;

export async function readForm(request: Request): Promise<RawForm | null> {
	try {
		return formToObject(await request.formData());
	} catch {
		return null;
	}
}

/** The typed values to show again (the first of repeated fields; long text cut). */
export function typed(raw: RawForm): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(raw))
		out[k] = (Array.isArray(v) ? v[0] : v)?.slice(0, 5000) ?? '';
	return out;
}
