import { redirect } from '@sveltejs/kit';
import { sectionMessages } from '$lib/i18n/section';
import { requireUser } from '$lib/server/auth/guards';
import { database } from '$lib/server/db';
import { seedDemo } from '$lib/server/demo/seed';
import { invalid, parseForm } from '$lib/server/forms';
import * as organisations from '$lib/server/organisations/repository';
import { organisationSchema } from '$lib/server/organisations/schema';

export const load = async (event) => {
	requireUser(event);
	return sectionMessages(event.locals.locale, 'orgs', 'portability');
};

export const actions = {
	create: async (event) => {
		const user = requireUser(event);
		const parsed = await parseForm(event.request, organisationSchema);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		const { db } = database();
		const org = await organisations.create(db, user.id, parsed.data.name);
		await organisations.setLastOrganisation(db, user.id, org.id);
		redirect(303, `/orgs/${org.id}`);
	},
	/**
	 * A newcomer with no organisation yet loads the demo into their own account, in the language
	 * they are reading, from the running app (no server stop, no command line).
	 */
	demo: async (event) => {
		const user = requireUser(event);
		const { db } = database();
		if ((await organisations.listForUser(db, user.id)).length > 0)
			return invalid(409, { _form: { key: 'orgs.demo.not_empty' } });
		const ids = await seedDemo(db, { userId: user.id, lang: event.locals.locale });
		redirect(303, `/orgs/${ids.organisationId}`);
	}
};
