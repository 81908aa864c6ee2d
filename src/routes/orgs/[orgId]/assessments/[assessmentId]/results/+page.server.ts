import { requireAssessment } from '$lib/server/assessments/guard';
import { setItemTargets, setLensTarget } from '$lib/server/assessments/targets';
import { benchmark } from '$lib/server/portfolio/service';
import { database } from '$lib/server/db';
import { invalid } from '$lib/server/forms';
import { atLeast } from '$lib/server/organisations/roles';
import { registerEvidence } from '$lib/server/register/evidence-repository';
import * as results from '$lib/server/results/service';

export const load = async (event) => {
	const { assessment, organisation, role, user } = await requireAssessment(event);
	const { db } = database();
	// ?view=agreed scores the room's agreed levels where recorded; anything else is the crowd.
	const scoreView = event.url.searchParams.get('view') === 'agreed' ? 'agreed' : 'crowd';
	const view = await results.view(db, assessment, event.locals.locale, scoreView);
	// The portfolio comparison is the consultant's own: viewers of this client never see it.
	const portfolio = atLeast(role, 'consultant')
		? await benchmark(db, {
				userId: user.id,
				organisationId: organisation.id,
				own: {
					index: view.index,
					lenses: Object.fromEntries(view.lenses.map((l) => [l.id, l.score]))
				}
			})
		: null;
	// The customer register is evidence for the "Information" block and the data goals.
	const evidence = await registerEvidence(db, organisation.id);
	return { view, portfolio, evidence, canEdit: atLeast(role, 'consultant') };
};

async function readForm(request: Request) {
	try {
		return await request.formData();
	} catch {
		return null;
	}
}

export const actions = {
	// The required level of some items (the table's selects), or of a whole lens at once.
	targets: async (event) => {
		const form = await readForm(event.request);
		const { assessment, user } = await requireAssessment(event, 'consultant');
		if (!form) return invalid(400, { _form: { key: 'errors.bad_request' } });
		const done = await setItemTargets(database().db, assessment, user.id, form);
		if (!done.ok) return invalid(400, { _form: { key: done.error } });
		return { message: 'results.targets.saved' };
	},
	lensTarget: async (event) => {
		const form = await readForm(event.request);
		const { assessment, user } = await requireAssessment(event, 'consultant');
		if (!form) return invalid(400, { _form: { key: 'errors.bad_request' } });
		const done = await setLensTarget(database().db, assessment, user.id, form);
		if (!done.ok) return invalid(400, { _form: { key: done.error } });
		return { message: 'results.targets.saved' };
	}
};
