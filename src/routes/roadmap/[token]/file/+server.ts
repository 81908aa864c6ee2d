// The PDF behind a mailed roadmap link, as it was sent.
import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { findRoadmapPdf } from '$lib/server/reports/mail';
import { isTokenShaped } from '$lib/server/tokens';

export const GET = async ({ params }) => {
	const found = isTokenShaped(params.token)
		? await findRoadmapPdf(database().db, params.token)
		: undefined;
	if (!found) error(404, 'plan.mailed.expired');
	return new Response(new Uint8Array(found.pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-length': String(found.pdf.length),
			'content-disposition': found.disposition,
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
};
