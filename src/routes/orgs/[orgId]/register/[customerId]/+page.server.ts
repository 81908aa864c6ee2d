import { error, fail } from '@sveltejs/kit';
import { requireId, requireMember } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { parseForm } from '$lib/server/forms';
import { setArchived } from '$lib/server/register/customers';
import * as entries from '$lib/server/register/entries';
import { interactionSchema, satisfactionSchema } from '$lib/server/register/schema';
import type { RequestEvent } from './$types';

export const load = async (event) => {
	const ctx = await requireMember(event, event.params.orgId);
	const id = requireId(event.params.customerId);
	const { db } = database();
	return {
		interactions: await entries.listInteractions(db, ctx.organisation.id, id),
		satisfaction: await entries.listSatisfaction(db, ctx.organisation.id, id),
		today: new Date().toISOString().slice(0, 10)
	};
};

async function archive(event: RequestEvent, archived: boolean) {
	const ctx = await requireMember(event, event.params.orgId, 'consultant');
	const found = await setArchived(
		database().db,
		ctx.organisation.id,
		requireId(event.params.customerId),
		archived
	);
	if (!found) error(404, 'errors.not_found');
	return { archived };
}

export const actions = {
	archive: async (event) => archive(event, true),
	restore: async (event) => archive(event, false),
	interaction: async (event) => {
		const ctx = await requireMember(event, event.params.orgId, 'consultant');
		const id = requireId(event.params.customerId);
		const parsed = await parseForm(event.request, interactionSchema);
		if (!parsed.ok) return fail(400, { interaction: parsed });
		const ok = await entries.addInteraction(
			database().db,
			ctx.organisation.id,
			id,
			ctx.user.id,
			parsed.data
		);
		if (!ok) error(404, 'errors.not_found');
		return { interaction: { ok: true as const } };
	},
	satisfaction: async (event) => {
		const ctx = await requireMember(event, event.params.orgId, 'consultant');
		const id = requireId(event.params.customerId);
		const parsed = await parseForm(event.request, satisfactionSchema);
		if (!parsed.ok) return fail(400, { satisfaction: parsed });
		const ok = await entries.addSatisfaction(
			database().db,
			ctx.organisation.id,
			id,
			ctx.user.id,
			parsed.data
		);
		if (!ok) error(404, 'errors.not_found');
		return { satisfaction: { ok: true as const } };
	}
};
