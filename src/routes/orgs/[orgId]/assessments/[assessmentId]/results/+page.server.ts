import { requireAssessment } from '$lib/server/assessments/guard';
import { benchmark } from '$lib/server/portfolio/service';
import { database } from '$lib/server/db';
import { atLeast } from '$lib/server/organisations/roles';
import { registerEvidence } from '$lib/server/register/evidence-repository';
import * as results from '$lib/server/results/service';

export const load = async (event) => {
	const { assessment, organisation, role, user } = await requireAssessment(event);
	const { db } = database();
	const view = await results.view(db, assessment, event.locals.locale);
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
