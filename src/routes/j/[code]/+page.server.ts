import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { askedWizard, cutParameter, outline, pick } from '$lib/assessments/wizard-content';
import { sectionMessages } from '$lib/i18n/section';
import { isLocale, type Locale } from '$lib/i18n/locale';
import { pinnedContent } from '$lib/server/assessments/content';
import { LANG_COOKIE, setLanguageCookie } from '$lib/server/auth/cookies';
import { database } from '$lib/server/db';
import { invalid, parseForm } from '$lib/server/forms';
import { consensusOf, stageOf } from '$lib/server/assessments/decisions';
import { audienceOf, isRoleLayer } from '$lib/scoring';
import { agreedLive, readLive, toState } from '$lib/server/workshop/live-data';
import { forget, join, visit } from '$lib/server/workshop/participants';
import { joinable } from '$lib/server/workshop/repository';
import { announce } from '$lib/server/workshop/runtime';
import { joinSchema } from '$lib/server/workshop/schema';
import { finish } from '$lib/server/workshop/service';
import { participantView } from '$lib/workshop/snapshot';

async function found(event: Pick<RequestEvent, 'params' | 'cookies'>, withResponses = false) {
	const v = await visit(database().db, event.params.code ?? '', event.cookies, withResponses);
	if (!v) error(404, 'errors.not_found');
	return v;
}

export const load = async (event) => {
	const v = await found(event, true);
	if (v.code !== event.params.code) redirect(308, `/j/${v.code}`);
	const { session } = v;
	// A first visit speaks the workshop's language (participants can still switch). The marker
	// in the URL stops a browser that refuses cookies from being redirected for ever.
	const wanted = session.locale as Locale;
	const chosen = event.cookies.get(LANG_COOKIE);
	if (!event.locals.user && !isLocale(chosen) && event.locals.locale !== wanted) {
		if (!event.url.searchParams.has('hl')) {
			setLanguageCookie(event, wanted);
			redirect(303, `/j/${v.code}?hl=${wanted}`);
		}
	}

	const { db } = database();
	const locale = event.locals.locale;
	const content = await pinnedContent(db, session.id);
	const base = {
		...sectionMessages(locale, 'join', 'respond'),
		title: session.title,
		anonymous: session.anonymous,
		code: v.code,
		bands: Object.fromEntries(content.model.bands.map((b) => [b.id, pick(b.label, locale)])),
		lensTitles: Object.fromEntries(content.lenses.map((l) => [l.id, pick(l.title, locale)]))
	};
	if (session.status !== 'open') {
		// The token stopped working with the session: let the browser forget it too.
		if (v.respondentId) forget(event, v);
		return { ...base, stage: 'closed' as const, answering: null };
	}
	if (!v.respondentId)
		return {
			...base,
			stage: joinable(session) ? ('join' as const) : ('closed' as const),
			answering: null
		};
	// The session row read above is the live state; the aggregate is read only once revealed.
	const responses = v.responses ?? { answers: {}, notApplicable: {}, comments: {} };
	const live = session.results_revealed
		? await readLive(db, session.id, false)
		: {
				state: {
					...toState(session),
					agreed: agreedLive(content, await consensusOf(db, session.id))
				},
				snapshot: null
			};
	if (!live) error(404, 'errors.not_found');
	// The common statements and the participant's own layer's, as the stage asks them.
	const role = session.respondent_role;
	const audience = audienceOf(isRoleLayer(role) ? role : 'other', true);
	const crmStage = stageOf(session.stage);
	return {
		...base,
		stage: 'answer' as const,
		answering: {
			respondentId: v.respondentId,
			finished: session.respondent_finished_at !== null,
			cut: cutParameter(audience, crmStage),
			outline: outline(
				askedWizard(content.lenses, audience, crmStage, locale),
				session.respondent_position
			),
			position: session.respondent_position,
			view: participantView(live.state, live.snapshot),
			...responses
		}
	};
};

export const actions = {
	join: async (event) => {
		const v = await found(event);
		// The form is read first: answering before the body is consumed resets the connection.
		const parsed = await parseForm(event.request, joinSchema(v.session.anonymous));
		if (v.respondentId) return { joined: true };
		if (!joinable(v.session)) return invalid(409, { _form: { key: 'join.errors.join_closed' } });
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		await join(database().db, event, v, parsed.data);
		announce().answers(v.session.id);
		return { joined: true };
	},
	finish: async (event) => {
		const v = await found(event);
		const refused = await finish(database().db, announce(), v);
		if (refused) return fail(refused.status, { errors: { _form: { key: refused.error } } });
		return { finished: true };
	}
};
