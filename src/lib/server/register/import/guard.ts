// An import of the member's organisation, or 404: the id alone never reaches another tenant's.
import { error, type RequestEvent } from '@sveltejs/kit';
import { requireId, requireMember } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import type { Role } from '$lib/server/organisations/roles';
import { find } from './files';

type Event = Pick<RequestEvent, 'locals' | 'url' | 'params'>;

export async function requireImport(event: Event, role: Role = 'consultant') {
	const ctx = await requireMember(event, event.params.orgId ?? '', role);
	const imp = await find(
		database().db,
		ctx.organisation.id,
		requireId(event.params.importId ?? '')
	);
	if (!imp) error(404, 'errors.not_found');
	return { ctx, imp };
}
