// An owner's download of the whole organisation (see src/lib/server/portability/format.ts).
import { error } from '@sveltejs/kit';
import { requireMember } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { exportOrganisation } from '$lib/server/portability/export';

/** A file name from the organisation's name: letters and digits of any script, dashes. */
function fileName(name: string): string {
	const slug = name
		.normalize('NFKC')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `crm-readiness-${slug || 'organisation'}-${new Date().toISOString().slice(0, 10)}.json`;
}

export const GET = async (event) => {
	const ctx = await requireMember(event, event.params.orgId, 'owner');
	const doc = await exportOrganisation(database().db, ctx.organisation.id);
	if (!doc) error(404, 'errors.not_found');
	const name = fileName(ctx.organisation.name);
	return new Response(JSON.stringify(doc), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="organisation.json"; filename*=UTF-8''${encodeURIComponent(name)}`,
			'cache-control': 'no-store'
		}
	});
};
