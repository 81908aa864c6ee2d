// The facilitator's live view: the workshop's aggregate, pushed after every change (coalesced).
import { error } from '@sveltejs/kit';
import { requireAssessment } from '$lib/server/assessments/guard';
import { eventStream } from '$lib/server/events/sse';
import { liveHub } from '$lib/server/workshop/runtime';

export const GET = async (event) => {
	const { assessment } = await requireAssessment(event);
	if (assessment.mode !== 'workshop') error(404, 'errors.not_found');
	return eventStream(event.request.signal, (channel) =>
		liveHub().watch(assessment.id, (snapshot) => channel.send('snapshot', snapshot))
	);
};
