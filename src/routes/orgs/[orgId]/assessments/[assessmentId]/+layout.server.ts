import { requireAssessment } from '$lib/server/assessments/guard';

// The wizard's page (respond/+page@[orgId].svelte) does not use this layout: it reads the
// assessment together with the user's own answers, in one query of its own.
export const load = async (event) => {
	const { assessment } = await requireAssessment(event);
	return { assessment };
};
