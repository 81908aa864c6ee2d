import { redirect } from '@sveltejs/kit';
import { requireMember } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { invalid, parse } from '$lib/server/forms';
import { readForm, typed } from '$lib/server/register/form';
import { filterOptions } from '$lib/server/register/options';
import { customerSchema } from '$lib/server/register/schema';
import * as service from '$lib/server/register/service';

export const load = async (event) => {
	const ctx = await requireMember(event, event.params.orgId, 'consultant');
	const { db } = database();
	return {
		members: await service.members(db, ctx.organisation.id),
		tiers: (await filterOptions(db, ctx.organisation.id)).tiers
	};
};

export const actions = {
	create: async (event) => {
		const ctx = await requireMember(event, event.params.orgId, 'consultant');
		const raw = await readForm(event.request);
		if (!raw) return invalid(400, { _form: { key: 'errors.bad_request' } });
		const parsed = parse(customerSchema, raw);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		const { db } = database();
		const result = await service.create(db, ctx.organisation.id, parsed.data, ctx.user.id);
		if (!result.ok) return invalid(result.status, result.errors, typed(raw));
		redirect(303, `/orgs/${ctx.organisation.id}/register/${result.id}`);
	}
};
