// Choosing a new password with a mailed link. An unknown, expired, used or replaced link gets a
// message saying which, and changes nothing.
import { redirect } from '@sveltejs/kit';
import { checkResetToken, resetPassword } from '$lib/server/auth/reset';
import { sessionsChanged, sessionsChanging } from '$lib/server/auth/sessions';
import { database } from '$lib/server/db';
import { invalid, parseForm } from '$lib/server/forms';
import { resetPasswordSchema } from '$lib/server/users/schema';

export const load = async ({ params }) => {
	const checked = await checkResetToken(database().db, params.token);
	return checked.ok
		? { email: checked.email, problem: null }
		: { email: null, problem: checked.error };
};

export const actions = {
	default: async (event) => {
		const parsed = await parseForm(event.request, resetPasswordSchema);
		if (!parsed.ok) return invalid(400, parsed.errors);
		sessionsChanging();
		let result;
		try {
			result = await resetPassword(database().db, event.params.token, parsed.data.password);
		} finally {
			await sessionsChanged();
		}
		if (!result.ok) return invalid(400, { _form: { key: result.error } });
		redirect(303, '/login?reset=1');
	}
};
