// An owner's download of the whole organisation (see src/lib/server/portability/format.ts).
import { error } from '@sveltejs/kit';
import { requireMember } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { attachment, localFileName } from '$lib/server/download';
import { exportOrganisation } from '$lib/server/portability/export';

/** The organisation's name in a file name: letters and digits of any script, dashes. */
function slug(name: string): string {
	const s = name
		.normalize('NFKC')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return s || 'organisation';
}

export const GET = async (event) => {
	const ctx = await requireMember(event, event.params.orgId, 'owner');
	const doc = await exportOrganisation(database().db, ctx.organisation.id);
	if (!doc) error(404, 'errors.not_found');
	const day = new Date().toISOString().slice(0, 10);
	const name = localFileName(
		event.locals.locale,
		'organisation',
		day,
		'json',
		slug(ctx.organisation.name)
	);
	return new Response(JSON.stringify(doc), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': attachment('organisation.json', name),
			'cache-control': 'no-store'
		}
	});
};
