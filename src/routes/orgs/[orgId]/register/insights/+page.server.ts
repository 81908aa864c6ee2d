import { requireMember } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { registerEvidence } from '$lib/server/register/evidence-repository';

export const load = async (event) => {
	const ctx = await requireMember(event, event.params.orgId);
	return {
		evidence: await registerEvidence(database().db, ctx.organisation.id),
		canEdit: ctx.role !== 'viewer'
	};
};
