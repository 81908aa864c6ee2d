// A participant's phone follows the session: sections opened or locked, results revealed, the
// session closed. Nothing about other participants travels here.
import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { eventStream } from '$lib/server/events/sse';
import { visit } from '$lib/server/workshop/participants';
import { liveHub } from '$lib/server/workshop/runtime';
import { participant } from '$lib/server/workshop/service';

export const GET = async (event) => {
	const v = await visit(database().db, event.params.code, event.cookies);
	if (!v) error(404, 'errors.not_found');
	const who = participant(v);
	if (!who.ok) error(who.status, who.error);
	return eventStream(event.request.signal, (channel) =>
		liveHub().follow(v.session.id, (view) => {
			channel.send('state', view);
			// The token stops working with the session; the stream ends with it.
			if (view.state.status !== 'open') channel.close();
		})
	);
};
