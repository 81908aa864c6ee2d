import { z } from 'zod';
import { cleanText } from '$lib/server/forms';

/** The import form's fields besides the file: an optional new name. */
export const importFormSchema = z.object({
	name: z
		.string()
		.optional()
		.transform((s) => cleanText(s ?? '') || null)
		.pipe(z.string().max(120).nullable())
});

/** What an owner runs for a file too large to upload through the page. */
export const IMPORT_COMMAND = 'npm run org:import -- --file <file> --owner <email>';
