import { redirect } from '@sveltejs/kit';
import { requireMember } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { invalid } from '$lib/server/forms';
import { encodingSchema } from '$lib/server/register/import/options';
import * as files from '$lib/server/register/import/files';

export const load = async (event) => {
	const ctx = await requireMember(event, event.params.orgId, 'consultant');
	const { db, engine } = database();
	// The hint says the limit before anyone uploads (smaller on the embedded engine).
	const maxMb = files.uploadLimit(engine).bytes / (1024 * 1024);
	return { imports: await files.recent(db, ctx.organisation.id), maxMb };
};

export const actions = {
	// Without JavaScript the file arrives in one request (up to the server's body size limit);
	// the page's script sends it in pieces instead, with a progress bar.
	upload: async (event) => {
		const ctx = await requireMember(event, event.params.orgId, 'consultant');
		const form = await event.request.formData().catch(() => null);
		const file = form?.get('file');
		if (!(file instanceof File) || file.size === 0)
			return invalid(400, { file: { key: 'register.import.errors.no_file' } });
		const encoding = encodingSchema.safeParse({ encoding: form?.get('encoding') ?? 'auto' });
		if (!encoding.success) return invalid(400, { encoding: { key: 'errors.invalid_choice' } });
		const { db, engine } = database();
		const limit = files.uploadLimit(engine);
		await files.sweep(db, ctx.organisation.id);
		const stored = await files.store(
			db,
			ctx.organisation.id,
			ctx.user.id,
			file.name,
			file.stream(),
			encoding.data.encoding,
			limit.bytes
		);
		if (!stored.ok) return invalid(413, { file: { key: limit.key } });
		redirect(303, `/orgs/${ctx.organisation.id}/register/import/${stored.id}`);
	}
};
