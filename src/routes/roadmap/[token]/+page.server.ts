// A mailed roadmap too large to attach: its recipient's own link, no account needed, until the
// mailing expires. An unknown or expired link says so.
import { database } from '$lib/server/db';
import { findRoadmapLink } from '$lib/server/reports/mail';
import { isTokenShaped } from '$lib/server/tokens';

export const load = async ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'private, no-store' });
	const found = isTokenShaped(params.token)
		? await findRoadmapLink(database().db, params.token)
		: undefined;
	return {
		roadmap: found
			? {
					organisation: found.organisation,
					title: found.title,
					date: found.created_at,
					expires: found.expires_at,
					size: found.size
				}
			: null
	};
};
