// Asking for a reset link: the same answer, in words and in time, whether or not the address
// has an account (see $lib/server/auth/reset-request.ts).
import { requestPasswordReset } from '$lib/server/auth/reset-request';
import { database } from '$lib/server/db';
import { invalid, parseForm } from '$lib/server/forms';
import { mailEnabled } from '$lib/server/mail';
import { forgotPasswordSchema } from '$lib/server/users/schema';

export const load = async () => ({ mail: mailEnabled() });

export const actions = {
	default: async (event) => {
		const parsed = await parseForm(event.request, forgotPasswordSchema);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		if (!mailEnabled()) return invalid(409, { _form: { key: 'auth.forgot.no_mail' } });
		const result = await requestPasswordReset(database().db, {
			email: parsed.data.email,
			client: event.getClientAddress(),
			locale: event.locals.locale
		});
		if (!result.ok)
			return invalid(429, { _form: { key: result.error } }, { email: parsed.data.email });
		return { sent: parsed.data.email };
	}
};
