import { redirect } from '@sveltejs/kit';
import { sectionMessages } from '$lib/i18n/section';
import { invalid, parseForm } from '$lib/server/forms';
import { normaliseJoinCode } from '$lib/server/workshop/code';
import { codeSchema } from '$lib/server/workshop/schema';

export const load = ({ locals }) => sectionMessages(locals.locale, 'join');

export const actions = {
	go: async (event) => {
		const parsed = await parseForm(event.request, codeSchema);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		// Spaces and capitals as typed from a projector are forgiven; the rest must be a code.
		const code = normaliseJoinCode(parsed.data.code.replace(/[\s-]/g, ''));
		if (!code) return invalid(400, { code: { key: 'join.errors.bad_code' } }, parsed.data);
		redirect(303, `/j/${code}`);
	}
};
