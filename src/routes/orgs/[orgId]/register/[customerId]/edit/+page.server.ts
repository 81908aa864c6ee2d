import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { requireId, requireMember } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { invalid, parse } from '$lib/server/forms';
import { find, formValues } from '$lib/server/register/customers';
import { readForm, typed } from '$lib/server/register/form';
import { filterOptions } from '$lib/server/register/options';
import { editSchema } from '$lib/server/register/schema';
import * as service from '$lib/server/register/service';

export const load = async (event) => {
	const ctx = await requireMember(event, event.params.orgId, 'consultant');
	const { customer } = await event.parent();
	const { db } = database();
	return {
		values: formValues(customer),
		members: await service.members(db, ctx.organisation.id),
		tiers: (await filterOptions(db, ctx.organisation.id)).tiers
	};
};

export const actions = {
	save: async (event) => {
		const ctx = await requireMember(event, event.params.orgId, 'consultant');
		const id = requireId(event.params.customerId);
		const raw = await readForm(event.request);
		if (!raw) return invalid(400, { _form: { key: 'errors.bad_request' } });
		const parsed = parse(editSchema, raw);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		const { db } = database();
		const { version, ...input } = parsed.data;
		const result = await service.edit(db, ctx.organisation.id, id, version, input);
		if (result.ok) redirect(303, `/orgs/${ctx.organisation.id}/register/${id}`);
		if (result.status !== 409) return invalid(result.status, result.errors, typed(raw));
		// Someone saved first. Keep what this person typed, name the fields the other person
		// changed (against the values this form started from) with what is saved now, and let
		// the next save start from the version they have now seen.
		const current = await find(db, ctx.organisation.id, id);
		const now = current ? formValues(current) : {};
		const before = startedFrom(raw.original);
		const saved = Object.fromEntries(
			Object.entries(now).filter(([k, v]) => k !== 'version' && before[k] !== v)
		);
		const { original: _original, ...values } = typed(raw);
		return fail(409, {
			errors: result.errors,
			values: { ...values, version: now.version ?? '' },
			saved,
			current: now
		});
	}
};

const original = z.record(z.string(), z.string());

function startedFrom(value: unknown): Record<string, string> {
	try {
		const parsed = original.safeParse(JSON.parse(String(value)));
		return parsed.success ? parsed.data : {};
	} catch {
		return {};
	}
}
