// Starts a chunked upload (the browser then sends the file in pieces to …/[importId]/file).
import { json } from '@sveltejs/kit';
import { requireMember } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import * as files from '$lib/server/register/import/files';
import { uploadSchema } from '$lib/server/register/import/options';

export const POST = async (event) => {
	const ctx = await requireMember(event, event.params.orgId, 'consultant');
	const parsed = uploadSchema.safeParse(await event.request.json().catch(() => null));
	if (!parsed.success) {
		const control = parsed.error.issues.some((i) => i.message === 'errors.control_characters');
		const message = control ? 'errors.control_characters' : 'errors.bad_request';
		return json({ message }, { status: 400 });
	}
	const { db, engine } = database();
	const limit = files.uploadLimit(engine);
	if (parsed.data.size > limit.bytes) return json({ message: limit.key }, { status: 413 });
	await files.sweep(db, ctx.organisation.id);
	const id = await files.create(db, ctx.organisation.id, ctx.user.id, parsed.data.name);
	return json({ id }, { status: 201 });
};
