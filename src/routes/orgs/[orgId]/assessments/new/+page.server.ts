import { redirect } from '@sveltejs/kit';
import { pick } from '$lib/assessments/wizard-content';
import { create } from '$lib/server/assessments/repository';
import { createSchema } from '$lib/server/assessments/schema';
import { requireMember } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { invalid, parseForm } from '$lib/server/forms';
import { loadQuestionnaires } from '$lib/server/questionnaires/load';

export const load = async (event) => {
	await requireMember(event, event.params.orgId, 'consultant');
	const locale = event.locals.locale;
	return {
		lenses: loadQuestionnaires().lenses.map((q) => ({
			id: q.id,
			title: pick(q.title, locale),
			description: pick(q.description, locale),
			items: q.items.length
		}))
	};
};

export const actions = {
	create: async (event) => {
		const ctx = await requireMember(event, event.params.orgId, 'consultant');
		const parsed = await parseForm(event.request, createSchema);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		const known = new Set(loadQuestionnaires().lenses.map((l) => l.id));
		if (!parsed.data.lenses.every((l) => known.has(l)))
			return invalid(400, { lenses: { key: 'errors.invalid_choice' } });
		const id = await create(database().db, {
			organisationId: ctx.organisation.id,
			title: parsed.data.title,
			mode: parsed.data.mode,
			anonymous: parsed.data.mode === 'workshop' && parsed.data.anonymous,
			locale: parsed.data.locale,
			lenses: parsed.data.lenses,
			createdBy: ctx.user.id,
			stage: parsed.data.stage
		});
		redirect(303, `/orgs/${ctx.organisation.id}/assessments/${id}`);
	}
};
