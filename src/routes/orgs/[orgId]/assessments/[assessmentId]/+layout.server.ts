import {
	RESPOND_ROUTE,
	requireAssessment,
	requireAssessmentForRespondent
} from '$lib/server/assessments/guard';

export const load = async (event) => {
	// The wizard reads the assessment together with the user's own answers, in one query; on its
	// page this layout shares that query instead of making one of its own.
	const { assessment } = await (event.route.id === RESPOND_ROUTE
		? requireAssessmentForRespondent(event)
		: requireAssessment(event));
	return { assessment };
};
