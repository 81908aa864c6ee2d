// Importing an organisation export as a new organisation owned by the signed-in user. The page's
// script compresses the file before sending it (an export is mostly repeated text, about 13×
// smaller gzipped), so files of several megabytes fit within the server's request size limit;
// larger ones are imported with `npm run org:import`.
import { gunzipSync } from 'node:zlib';
import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { invalid, parse } from '$lib/server/forms';
import * as organisations from '$lib/server/organisations/repository';
import { importOrganisation } from '$lib/server/portability/import';
import { IMPORT_COMMAND, importFormSchema } from '$lib/server/portability/schema';

/** An export decompresses to at most this much text; anything larger is refused, not read. */
const MAX_TEXT = 256 * 1024 * 1024;

function readText(bytes: Uint8Array): string | null {
	try {
		const raw =
			bytes[0] === 0x1f && bytes[1] === 0x8b
				? gunzipSync(bytes, { maxOutputLength: MAX_TEXT })
				: bytes;
		return new TextDecoder('utf-8', { fatal: true }).decode(raw);
	} catch {
		return null;
	}
}

export const load = async (event) => {
	requireUser(event);
	return { command: IMPORT_COMMAND };
};

export const actions = {
	import: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData().catch(() => null);
		if (!form) return invalid(400, { _form: { key: 'errors.bad_request' } });
		const fields = parse(importFormSchema, { name: form.get('name') ?? '' });
		if (!fields.ok) return invalid(400, fields.errors, fields.values);
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0)
			return invalid(
				400,
				{ file: { key: 'portability.errors.no_file' } },
				{ name: fields.data.name ?? '' }
			);
		const text = readText(new Uint8Array(await file.arrayBuffer()));
		if (text === null)
			return invalid(
				400,
				{ file: { key: 'portability.errors.not_json' } },
				{ name: fields.data.name ?? '' }
			);
		const { db } = database();
		let result;
		try {
			result = await importOrganisation(db, text, {
				userId: user.id,
				name: fields.data.name ?? undefined
			});
		} catch (err) {
			// Everything was checked first; a failure here rolled the whole import back.
			console.error('[portability] import failed', err);
			return invalid(
				500,
				{ _form: { key: 'portability.errors.failed' } },
				{ name: fields.data.name ?? '' }
			);
		}
		if (!result.ok) return invalid(400, { file: result.error }, { name: fields.data.name ?? '' });
		await organisations.setLastOrganisation(db, user.id, result.organisationId);
		redirect(303, `/orgs/${result.organisationId}?imported=1`);
	}
};
