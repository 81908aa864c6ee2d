import { error } from '@sveltejs/kit';
import { requireId, requireMember } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { find } from '$lib/server/register/customers';

// Every page below a customer: the member may see the organisation, and the customer is in it.
export const load = async (event) => {
	const ctx = await requireMember(event, event.params.orgId);
	const customer = await find(
		database().db,
		ctx.organisation.id,
		requireId(event.params.customerId)
	);
	if (!customer) error(404, 'errors.not_found');
	return { customer, canEdit: ctx.role !== 'viewer' };
};
