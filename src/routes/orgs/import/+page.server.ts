// Importing an organisation export as a new organisation owned by the signed-in user. The page's
// script compresses the file before sending it (an export is mostly repeated text, about 13×
// smaller gzipped), so files of several megabytes fit within the server's request size limit;
// larger ones are imported with `npm run org:import`.
import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { invalid, parse } from '$lib/server/forms';
import * as organisations from '$lib/server/organisations/repository';
import { importOrganisation } from '$lib/server/portability/import';
import { readUpload, withImportSlot } from '$lib/server/portability/inflate';
import { IMPORT_COMMAND, importFormSchema } from '$lib/server/portability/schema';

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
		const values = { name: fields.data.name ?? '' };
		const bytes = new Uint8Array(await file.arrayBuffer());
		// At most a few imports at once per process; each decompresses as a stream, with a limit.
		const outcome = await withImportSlot(async () => {
			const read = await readUpload(bytes);
			if (!read.ok) return read;
			try {
				const result = await importOrganisation(database().db, read.text, {
					userId: user.id,
					name: fields.data.name ?? undefined
				});
				return { ok: true, result } as const;
			} catch (err) {
				// Everything was checked first; a failure here rolled the whole import back.
				console.error('[portability] import failed', err);
				return { ok: false, error: 'failed' } as const;
			}
		});
		if (outcome === 'busy') {
			event.setHeaders({ 'retry-after': '30' });
			return invalid(429, { _form: { key: 'portability.errors.busy' } }, values);
		}
		if (!outcome.ok) {
			if (outcome.error === 'too_large')
				return invalid(
					413,
					{
						file: {
							key: 'portability.errors.inflated_too_large',
							params: { max: Math.round(outcome.limit / (1024 * 1024)), command: IMPORT_COMMAND }
						}
					},
					values
				);
			if (outcome.error === 'not_text')
				return invalid(400, { file: { key: 'portability.errors.not_json' } }, values);
			return invalid(500, { _form: { key: 'portability.errors.failed' } }, values);
		}
		const { result } = outcome;
		if (!result.ok) return invalid(400, { file: result.error }, values);
		await organisations.setLastOrganisation(database().db, user.id, result.organisationId);
		redirect(303, `/orgs/${result.organisationId}?imported=1`);
	}
};
