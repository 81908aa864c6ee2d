import { requireAssessment } from '$lib/server/assessments/guard';
import { itemTargetsSchema, lensTargetSchema } from '$lib/server/assessments/schema';
import { setItemTargets, setLensTarget } from '$lib/server/assessments/targets';
import { benchmark } from '$lib/server/portfolio/service';
import { database } from '$lib/server/db';
import { invalid, parseForm, type FieldErrors } from '$lib/server/forms';
import { atLeast } from '$lib/server/organisations/roles';
import { registerEvidence } from '$lib/server/register/evidence-repository';
import * as results from '$lib/server/results/service';

export const load = async (event) => {
	const { assessment, organisation, role, user } = await requireAssessment(event);
	const { db } = database();
	// ?view=agreed scores the room's agreed levels where recorded; anything else is the crowd.
	const scoreView = event.url.searchParams.get('view') === 'agreed' ? 'agreed' : 'crowd';
	// The customer register is evidence for the "Information" block and the data goals, and the
	// results check the levels given against it (the register disagrees).
	const evidence = await registerEvidence(db, organisation.id);
	const view = await results.view(db, assessment, event.locals.locale, scoreView, evidence);
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
	return { view, portfolio, evidence, canEdit: atLeast(role, 'consultant') };
};

/** The page shows one message above the targets: the first field's. */
const firstError = (errors: FieldErrors) => Object.values(errors)[0] ?? { key: 'errors.invalid' };

export const actions = {
	// The required level of some items (the targets table), or of a whole lens at once.
	targets: async (event) => {
		const parsed = await parseForm(event.request, itemTargetsSchema);
		const { assessment, user } = await requireAssessment(event, 'consultant');
		if (!parsed.ok) return invalid(400, { _form: firstError(parsed.errors) });
		const done = await setItemTargets(database().db, assessment, user.id, parsed.data);
		if (!done.ok) return invalid(400, { _form: { key: done.error } });
		return { message: 'results.targets.saved' };
	},
	lensTarget: async (event) => {
		const parsed = await parseForm(event.request, lensTargetSchema);
		const { assessment, user } = await requireAssessment(event, 'consultant');
		if (!parsed.ok) return invalid(400, { _form: firstError(parsed.errors) });
		const done = await setLensTarget(database().db, assessment, user.id, parsed.data);
		if (!done.ok) return invalid(400, { _form: { key: done.error } });
		return { message: 'results.targets.saved' };
	}
};
