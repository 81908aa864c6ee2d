import { fail } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { parseForm } from '$lib/server/forms';
import { changePasswordSchema, profileSchema } from '$lib/server/users/schema';
import { changePassword, updateProfile } from '$lib/server/users/service';

export const load = async (event) => {
	const user = requireUser(event);
	return { account: { name: user.name, email: user.email } };
};

export const actions = {
	profile: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event.request, profileSchema);
		if (!parsed.ok) return fail(400, { profile: { errors: parsed.errors } });
		await updateProfile(database().db, user.id, parsed.data.name);
		return { profile: { saved: true } };
	},
	password: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event.request, changePasswordSchema);
		if (!parsed.ok) return fail(400, { password: { errors: parsed.errors } });
		const session = event.locals.session;
		if (!session)
			return fail(401, { password: { errors: { _form: { key: 'errors.forbidden' } } } });
		const result = await changePassword(database().db, {
			userId: user.id,
			current: parsed.data.current,
			next: parsed.data.password,
			keepSessionId: session.id
		});
		if (!result.ok) return fail(400, { password: { errors: { current: { key: result.error } } } });
		return { password: { saved: true } };
	}
};
