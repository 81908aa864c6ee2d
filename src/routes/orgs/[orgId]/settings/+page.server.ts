import { error, fail, redirect } from '@sveltejs/kit';
import { requireMember } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { parseForm } from '$lib/server/forms';
import { deliverNow, mailEnabled } from '$lib/server/mail';
import { mailInvitation } from '$lib/server/organisations/invitation-mail';
import * as organisations from '$lib/server/organisations/repository';
import {
	invitationSchema,
	inviteSchema,
	memberRoleSchema,
	generalSchema,
	memberSchema
} from '$lib/server/organisations/schema';
import * as service from '$lib/server/organisations/service';

export const load = async (event) => {
	const ctx = await requireMember(event, event.params.orgId);
	const { db } = database();
	return {
		me: ctx.user.id,
		mail: mailEnabled(),
		members: await organisations.listMembers(db, ctx.organisation.id),
		language: await organisations.languageOf(db, ctx.organisation.id),
		invitations:
			ctx.role === 'owner' ? await organisations.listOpenInvitations(db, ctx.organisation.id) : []
	};
};

export const actions = {
	rename: async (event) => {
		const ctx = await requireMember(event, event.params.orgId, 'owner');
		const parsed = await parseForm(event.request, generalSchema);
		if (!parsed.ok) return fail(400, { rename: { errors: parsed.errors } });
		await organisations.saveGeneral(database().db, ctx.organisation.id, parsed.data);
		return { rename: { saved: true } };
	},
	invite: async (event) => {
		const ctx = await requireMember(event, event.params.orgId, 'owner');
		const parsed = await parseForm(event.request, inviteSchema);
		if (!parsed.ok) return fail(400, { invite: { errors: parsed.errors, values: parsed.values } });
		const { db } = database();
		const { role, email } = parsed.data;
		if (!email) {
			const token = await service.createInvitation(db, ctx.organisation.id, role, ctx.user.id);
			return { invite: { link: `${event.url.origin}/invite/${token}` } };
		}
		if (!mailEnabled())
			return fail(409, { invite: { errors: { email: { key: 'orgs.invite.no_mail' } } } });
		const sent = await mailInvitation(db, {
			orgId: ctx.organisation.id,
			role,
			email,
			by: ctx.user.id,
			client: event.getClientAddress()
		});
		if (!sent.ok)
			return fail(429, { invite: { errors: { _form: { key: sent.error } }, values: { email } } });
		return { invite: { email, mailed: await deliverNow(sent.batch) } };
	},
	revoke: async (event) => {
		const ctx = await requireMember(event, event.params.orgId, 'owner');
		const parsed = await parseForm(event.request, invitationSchema);
		if (!parsed.ok) return fail(400, { revoke: { errors: parsed.errors } });
		// Another organisation's invitation (or none) is not found here, not "saved".
		if (
			!(await service.revokeInvitation(
				database().db,
				ctx.organisation.id,
				parsed.data.invitationId
			))
		)
			error(404, 'errors.not_found');
		return { revoke: { saved: true } };
	},
	role: async (event) => {
		const ctx = await requireMember(event, event.params.orgId, 'owner');
		const parsed = await parseForm(event.request, memberRoleSchema);
		if (!parsed.ok) return fail(400, { role: { errors: parsed.errors } });
		const result = await service.changeRole(
			database().db,
			ctx.organisation.id,
			parsed.data.userId,
			parsed.data.role
		);
		if (!result.ok) return fail(400, { role: { errors: { _form: { key: result.error } } } });
		return { role: { saved: true } };
	},
	remove: async (event) => {
		const ctx = await requireMember(event, event.params.orgId, 'owner');
		const parsed = await parseForm(event.request, memberSchema);
		if (!parsed.ok) return fail(400, { remove: { errors: parsed.errors } });
		const result = await service.removeMember(
			database().db,
			ctx.organisation.id,
			parsed.data.userId
		);
		if (!result.ok) return fail(400, { remove: { errors: { _form: { key: result.error } } } });
		if (parsed.data.userId === ctx.user.id) redirect(303, '/orgs');
		return { remove: { saved: true } };
	},
	leave: async (event) => {
		const ctx = await requireMember(event, event.params.orgId);
		const result = await service.removeMember(database().db, ctx.organisation.id, ctx.user.id);
		if (!result.ok) return fail(400, { leave: { errors: { _form: { key: result.error } } } });
		redirect(303, '/orgs');
	}
};
