import type { RequestEvent } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { pinnedContent } from '$lib/server/assessments/content';
import { requireAssessment } from '$lib/server/assessments/guard';
import { database } from '$lib/server/db';
import { invalid, parseForm } from '$lib/server/forms';
import { deliverNow, mailEnabled } from '$lib/server/mail';
import { listMembers } from '$lib/server/organisations/repository';
import { atLeast } from '$lib/server/organisations/roles';
import * as editing from '$lib/server/plans/edit-service';
import { goalEvidence } from '$lib/server/plans/goal-evidence';
import { listActions, listGoals } from '$lib/server/plans/repository';
import {
	addActionSchema,
	editActionSchema,
	editGoalSchema,
	moveActionSchema,
	removeActionSchema
} from '$lib/server/plans/schema';
import { openPlan, readPlan, regenerate, type PlanContext } from '$lib/server/plans/service';
import { leanPlan } from '$lib/plans/lean';
import { projectPlan } from '$lib/plans/projected';
import { planView } from '$lib/plans/view';
import { sendRoadmap } from '$lib/server/reports/mail';
import { mailRoadmapSchema } from '$lib/server/reports/schema';

// Someone who may edit opens the plan (created on first use, following the results while
// unedited); a viewer only reads it, and nothing is stored for them: a GET never writes.
async function planState(db: Kysely<DB>, ctx: PlanContext, canEdit: boolean) {
	if (!canEdit) return readPlan(db, ctx);
	const opened = await openPlan(db, ctx);
	const [actions, goals] = await Promise.all([
		listActions(db, opened.plan.id),
		listGoals(db, opened.plan.id)
	]);
	return { ...opened, state: { ...opened.plan, actions, goals } };
}

export const load = async (event) => {
	const { assessment, organisation, role } = await requireAssessment(event);
	const { db } = database();
	const canEdit = atLeast(role, 'consultant');
	const opened = await planState(db, { orgId: organisation.id, assessment }, canEdit);
	const [members, evidence] = await Promise.all([
		canEdit ? listMembers(db, organisation.id) : [],
		goalEvidence(db, organisation.id, event.locals.locale)
	]);
	const state = opened.state;
	const locale = event.locals.locale;
	const projection = projectPlan(opened.content.scoring, opened.result, state.actions);
	return {
		plan: leanPlan(planView(state, opened.content.goals, locale, evidence)),
		// Current, target and projected (if the plan's actions are done), index and lenses.
		projection: {
			...projection,
			lenses: projection.lenses.map((l) => ({ ...l, title: l.title[locale] }))
		},
		// Without script, ?edit=<id> opens one action's form (otherwise forms load when opened).
		editing: event.url.searchParams.get('edit'),
		stale: opened.stale && opened.answered,
		answered: opened.answered,
		canEdit,
		// Names only: the owner field suggests members; emails stay on the server.
		members: [...new Set(members.map((m) => m.name))],
		// Who the roadmap can be mailed to (only those who may send it see the form).
		mail: canEdit && mailEnabled(),
		recipients:
			canEdit && mailEnabled()
				? members.map((m) => ({ id: m.id, name: m.name, email: m.email, role: m.role }))
				: []
	};
};

async function editor(event: RequestEvent) {
	const { assessment, organisation } = await requireAssessment(event, 'consultant');
	return { db: database().db, ctx: { orgId: organisation.id, assessment } };
}

/** A refused edit names its row, so the page shows the message there, with what was sent. */
function refused(outcome: editing.EditOutcome, id: string, sent: Record<string, unknown>) {
	if (outcome.ok) return null;
	const values = Object.fromEntries(
		Object.entries(sent).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)])
	);
	return invalid(outcome.status, outcome.errors, { ...values, id });
}

export const actions = {
	mail: async (event) => {
		const { assessment, organisation, user } = await requireAssessment(event, 'consultant');
		const parsed = await parseForm(event.request, mailRoadmapSchema);
		if (!parsed.ok) return invalid(400, parsed.errors, { ...parsed.values, id: 'mail' });
		const values = {
			id: 'mail',
			locale: parsed.data.locale,
			members: parsed.data.members.join(','),
			addresses: parsed.data.addresses.join('\n'),
			note: parsed.data.note ?? ''
		};
		if (!mailEnabled()) return invalid(409, { _form: { key: 'plan.mail.off' } }, values);
		const sent = await sendRoadmap(database().db, {
			orgId: organisation.id,
			assessmentId: assessment.id,
			userId: user.id,
			client: event.getClientAddress(),
			locale: parsed.data.locale,
			memberIds: parsed.data.members,
			addresses: parsed.data.addresses,
			note: parsed.data.note
		});
		if (!sent.ok) return invalid(sent.status, sent.errors, values);
		return { id: 'mail', mailed: await deliverNow(sent.batch, 10_000) };
	},
	edit: async (event) => {
		const { db, ctx } = await editor(event);
		const parsed = await parseForm(event.request, editActionSchema);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		const outcome = await editing.editAction(db, ctx, parsed.data, event.locals.locale);
		return (
			refused(outcome, parsed.data.id, parsed.data) ?? {
				message: 'plan.action.saved',
				id: parsed.data.id
			}
		);
	},
	add: async (event) => {
		const { db, ctx } = await editor(event);
		const parsed = await parseForm(event.request, addActionSchema);
		if (!parsed.ok) return invalid(400, parsed.errors, { ...parsed.values, id: 'new' });
		await editing.addAction(db, ctx, parsed.data);
		return { message: 'plan.add.added', id: 'new' };
	},
	remove: async (event) => {
		const { db, ctx } = await editor(event);
		const parsed = await parseForm(event.request, removeActionSchema);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		const outcome = await editing.removeAction(db, ctx, parsed.data);
		return (
			refused(outcome, parsed.data.id, {}) ?? { message: 'plan.action.removed', id: parsed.data.id }
		);
	},
	move: async (event) => {
		const { db, ctx } = await editor(event);
		const parsed = await parseForm(event.request, moveActionSchema);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		const outcome = await editing.moveAction(db, ctx, parsed.data);
		return (
			refused(outcome, parsed.data.id, {}) ?? { message: 'plan.action.moved', id: parsed.data.id }
		);
	},
	goal: async (event) => {
		const { db, ctx } = await editor(event);
		const parsed = await parseForm(event.request, editGoalSchema);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		const { goals } = await pinnedContent(db, ctx.assessment.id);
		const outcome = await editing.editGoal(db, { ...ctx, goals }, parsed.data);
		return (
			refused(outcome, parsed.data.id, parsed.data) ?? {
				message: 'plan.goals.saved',
				id: parsed.data.id
			}
		);
	},
	regenerate: async (event) => {
		const { db, ctx } = await editor(event);
		const outcome = await regenerate(db, ctx);
		if (!outcome.ok)
			return invalid(outcome.status, { _form: { key: outcome.error } }, { id: 'plan' });
		return { message: 'plan.stale.regenerated', id: 'plan' };
	}
};
