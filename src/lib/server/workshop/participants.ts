// Participants join without an account. Their identity is a random 160-bit token in an
// HttpOnly cookie scoped to their workshop's path (/j/<code>); only its SHA-256 is stored, on
// the respondent row of that one workshop. It works only while the session is open.
import type { Cookies } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { cookieSecure } from '$lib/server/auth/cookies';
import { generateToken, hashToken, isTokenShaped } from '$lib/server/tokens';
import type { DB } from '$lib/server/db/schema';
import type { RoleLayer } from '$lib/scoring';
import { normaliseJoinCode } from './code';
import { responsesOf, type OwnResponses } from '$lib/server/assessments/responses';
import { createParticipant, findByCode, type SessionRow } from './repository';

export const PARTICIPANT_COOKIE = 'crm_participant';
const COOKIE_DAYS = 2;

type CookieEvent = { cookies: Cookies; url: URL };

export interface Visit {
	/** The normalised join code; the participant cookie is scoped to /j/<code>. */
	code: string;
	session: SessionRow;
	/** The participant holding a valid token for this workshop, if any. */
	respondentId: string | null;
	/** Their answers and comments, when asked for (empty for a visitor who has not joined). */
	responses?: OwnResponses;
}

/** The workshop behind `rawCode` and the visitor's place in it; null for an unknown code. */
export async function visit(
	db: Kysely<DB>,
	rawCode: string,
	cookies: Cookies,
	withResponses = false
): Promise<Visit | null> {
	const code = normaliseJoinCode(rawCode);
	if (!code) return null;
	const token = cookies.get(PARTICIPANT_COOKIE);
	const hash = token && isTokenShaped(token) ? hashToken(token) : null;
	const session = await findByCode(db, code, hash, withResponses);
	if (!session) return null;
	const { answers, comments, ...row } = session;
	return {
		code,
		session: row,
		respondentId: session.respondent_id,
		...(answers && comments ? { responses: responsesOf({ answers, comments }) } : {})
	};
}

export async function join(
	db: Kysely<DB>,
	event: CookieEvent,
	visit: Pick<Visit, 'code' | 'session'>,
	input: { role: RoleLayer; department: string | null; name: string | null }
): Promise<string> {
	const token = generateToken();
	const id = await createParticipant(db, {
		assessmentId: visit.session.id,
		tokenHash: hashToken(token),
		name: input.name,
		role: input.role,
		department: input.department
	});
	event.cookies.set(PARTICIPANT_COOKIE, token, {
		path: `/j/${visit.code}`,
		httpOnly: true,
		sameSite: 'lax',
		secure: cookieSecure(event.url),
		maxAge: COOKIE_DAYS * 24 * 3600
	});
	return id;
}

export function forget(event: CookieEvent, visit: Pick<Visit, 'code'>) {
	// Same attributes as when it was set: SvelteKit's default would mark it Secure over http.
	event.cookies.delete(PARTICIPANT_COOKIE, {
		path: `/j/${visit.code}`,
		httpOnly: true,
		sameSite: 'lax',
		secure: cookieSecure(event.url)
	});
}
