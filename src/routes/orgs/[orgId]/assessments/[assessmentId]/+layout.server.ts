import { requireAssessment } from '$lib/server/assessments/guard';

export const load = async (event) => {
	const { assessment } = await requireAssessment(event);
	return { assessment };
};
