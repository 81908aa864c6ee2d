import { error, redirect } from '@sveltejs/kit';
import { serverT } from '$lib/i18n/server';
import { pinnedContent } from '$lib/server/assessments/content';
import { requireAssessment } from '$lib/server/assessments/guard';
import { database } from '$lib/server/db';
import { invalid, parseForm } from '$lib/server/forms';
import * as milestones from '$lib/server/milestones/repository';
import { freezeSchema, reassessSchema } from '$lib/server/milestones/schema';
import { freeze, reassess } from '$lib/server/milestones/service';
import { trendView } from '$lib/milestones/trend-view';
import { atLeast } from '$lib/server/organisations/roles';

export const load = async (event) => {
	const { assessment, organisation, role } = await requireAssessment(event);
	const { db } = database();
	const locale = event.locals.locale;
	const [list, lineage, parent] = await Promise.all([
		milestones.listForAssessment(db, organisation.id, assessment.id),
		milestones.lineage(db, organisation.id, assessment.id),
		assessment.parent_milestone_id
			? milestones.findParent(db, organisation.id, assessment.parent_milestone_id)
			: undefined
	]);
	// Titles from every assessment of the lineage, this one last so its wording wins.
	const ids = [...new Set([...lineage.map((m) => m.assessment_id), assessment.id])];
	const contents = await Promise.all(
		[...ids.filter((id) => id !== assessment.id), assessment.id].map((id) => pinnedContent(db, id))
	);
	const own = contents[contents.length - 1];
	const band = (id: string | null) =>
		own?.model.bands.find((b) => b.id === id)?.label[locale] ?? id;
	const t = serverT(locale);
	return {
		milestones: list.map((m) => ({
			id: m.id,
			label: m.label,
			date: m.created_at,
			respondents: m.respondents,
			index: m.readiness_index,
			band: band(m.band),
			reassessments: m.reassessments
		})),
		trend: trendView(lineage, contents, locale, t('results.headline.index')),
		parent: parent ?? null,
		canEdit: atLeast(role, 'consultant'),
		reassessTitle: t('results.milestones.reassess_default', { title: assessment.title })
	};
};

export const actions = {
	freeze: async (event) => {
		const { assessment, organisation, user } = await requireAssessment(event, 'consultant');
		const parsed = await parseForm(event.request, freezeSchema);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		const outcome = await freeze(database().db, {
			organisationId: organisation.id,
			assessment,
			label: parsed.data.label,
			userId: user.id
		});
		if (!outcome.ok) return invalid(outcome.status, { label: { key: outcome.error } });
		return { message: 'results.milestones.frozen' };
	},
	reassess: async (event) => {
		const { assessment, organisation, user } = await requireAssessment(event, 'consultant');
		const parsed = await parseForm(event.request, reassessSchema);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		const outcome = await reassess(database().db, {
			organisationId: organisation.id,
			assessment,
			milestoneId: parsed.data.milestone,
			title: parsed.data.title,
			userId: user.id
		});
		if (!outcome.ok && outcome.status === 404) error(404, outcome.error);
		if (!outcome.ok) return invalid(outcome.status, { title: { key: outcome.error } });
		redirect(303, `/orgs/${organisation.id}/assessments/${outcome.id}`);
	}
};
