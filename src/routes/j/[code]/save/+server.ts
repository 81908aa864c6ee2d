// Participants' autosave: the same batches as the self-assessment wizard, authorised by the
// participant token of this workshop only.
import { error, json } from '@sveltejs/kit';
import { readBatch } from '$lib/server/assessments/read-batch';
import { database } from '$lib/server/db';
import { visit } from '$lib/server/workshop/participants';
import { announce } from '$lib/server/workshop/runtime';
import { participant, saveAsParticipant } from '$lib/server/workshop/service';

export const POST = async (event) => {
	const v = await visit(database().db, event.params.code, event.cookies);
	if (!v) error(404, 'errors.not_found');
	// The body is read even when the answer is a refusal: replying before it is consumed would
	// reset the connection, and the phone would retry as if offline instead of saying why.
	const batch = await readBatch(event.request);
	const who = participant(v);
	if (!who.ok) error(who.status, who.error);
	const result = await saveAsParticipant(database().db, announce(), v, batch);
	if (!result.ok) error(result.status, result.error);
	return json(result);
};
