// The participant's side of a workshop: who may act, saving and finishing, with the rules that
// make a token single-purpose (this workshop only) and short-lived (while the session is open).
import type { Kysely } from 'kysely';
import { markFinished } from '$lib/server/assessments/respondents';
import type { BatchInput } from '$lib/server/assessments/schema';
import { saveResponses, UNPROCESSABLE } from '$lib/server/assessments/service';
import { audienceOf, isRoleLayer } from '$lib/scoring';
import type { DB } from '$lib/server/db/schema';
import type { Announcer } from './announce';
import type { Visit } from './participants';

export type Refusal = { ok: false; status: 403 | 409 | 422; error: string };

/** The visitor as a participant of this workshop, or why they may not act as one now. */
export function participant(visit: Visit): { ok: true; respondentId: string } | Refusal {
	if (visit.session.status !== 'open')
		return { ok: false, status: 409, error: 'join.errors.closed' };
	if (!visit.respondentId) return { ok: false, status: 403, error: 'join.errors.not_joined' };
	return { ok: true, respondentId: visit.respondentId };
}

export async function saveAsParticipant(
	db: Kysely<DB>,
	announcer: Announcer,
	visit: Visit,
	batch: BatchInput
): Promise<{ ok: true; saved: number } | Refusal> {
	const who = participant(visit);
	if (!who.ok) return who;
	// A participant is put the common statements and their own layer's, and may answer only those.
	const role = visit.session.respondent_role;
	const audience = audienceOf(isRoleLayer(role) ? role : 'other', true);
	const result = await saveResponses(db, visit.session, who.respondentId, batch, audience);
	if (!result.ok) {
		if (UNPROCESSABLE.includes(result.error))
			return { ok: false, status: 422, error: result.error };
		// Participants get the workshop's wording for a closed session.
		const error = result.error === 'respond.errors.closed' ? 'join.errors.closed' : result.error;
		return { ok: false, status: 409, error };
	}
	announcer.answers(visit.session.id);
	return result;
}

export async function finish(
	db: Kysely<DB>,
	announcer: Announcer,
	visit: Visit
): Promise<Refusal | null> {
	const who = participant(visit);
	if (!who.ok) return who;
	await markFinished(db, who.respondentId);
	announcer.answers(visit.session.id);
	return null;
}
