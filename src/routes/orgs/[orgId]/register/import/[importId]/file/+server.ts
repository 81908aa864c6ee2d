// The pieces of an upload (PUT …/file?seq=0, 1, 2…), then POST to finish it. Each piece is
// small, so no request comes near the server's body size limit and memory stays flat.
import { json } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { encodingSchema } from '$lib/server/register/import/options';
import * as files from '$lib/server/register/import/files';
import { requireImport } from '$lib/server/register/import/guard';

const STATUS = { not_found: 404, out_of_order: 409, too_large: 413 } as const;

export const PUT = async (event) => {
	const { ctx, imp } = await requireImport(event);
	const seq = Number(event.url.searchParams.get('seq'));
	const length = Number(event.request.headers.get('content-length') ?? 0);
	if (!Number.isInteger(seq) || seq < 0 || length > files.CHUNK_BYTES * 2)
		return json({ message: 'errors.bad_request' }, { status: 400 });
	const data = new Uint8Array(await event.request.arrayBuffer());
	if (data.byteLength === 0 || data.byteLength > files.CHUNK_BYTES * 2)
		return json({ message: 'errors.bad_request' }, { status: 400 });
	const { db, engine } = database();
	const limit = files.uploadLimit(engine);
	const result = await files.append(db, ctx.organisation.id, imp.id, seq, data, limit.bytes);
	if (result === 'ok') return json({ ok: true });
	const message = result === 'too_large' ? limit.key : 'errors.bad_request';
	return json({ message }, { status: STATUS[result] });
};

export const POST = async (event) => {
	const { ctx, imp } = await requireImport(event);
	const parsed = encodingSchema.safeParse(await event.request.json().catch(() => null));
	if (!parsed.success) return json({ message: 'errors.bad_request' }, { status: 400 });
	const done = await files.finish(database().db, ctx.organisation.id, imp.id, parsed.data.encoding);
	if (!done) return json({ message: 'errors.bad_request' }, { status: 409 });
	return json({ location: `/orgs/${ctx.organisation.id}/register/import/${imp.id}` });
};
