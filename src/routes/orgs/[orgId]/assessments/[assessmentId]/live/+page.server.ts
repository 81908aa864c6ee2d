import { error } from '@sveltejs/kit';
import { renderSVG } from 'uqr';
import { pick } from '$lib/assessments/wizard-content';
import { registerFigures, requirementsOf } from '$lib/evidence/flags';
import { askedContent } from '$lib/questionnaires/audience';
import { stageOf } from '$lib/server/assessments/decisions';
import { isLocale } from '$lib/i18n/locale';
import { pinnedContent } from '$lib/server/assessments/content';
import { requireAssessment } from '$lib/server/assessments/guard';
import { setStatus } from '$lib/server/assessments/repository';
import { database } from '$lib/server/db';
import { invalid, parseForm } from '$lib/server/forms';
import { deliverNow, mailEnabled, queue } from '$lib/server/mail';
import { takeSendingQuota } from '$lib/server/mail/sending';
import { generateJoinCode } from '$lib/server/workshop/code';
import { readLive } from '$lib/server/workshop/live-data';
import { joinable, openSession, setRevealed, setSection } from '$lib/server/workshop/repository';
import { announce } from '$lib/server/workshop/runtime';
import { recordConsensus } from '$lib/server/workshop/consensus';
import { registerEvidence } from '$lib/server/register/evidence-repository';
import { consensusSchema, mailLinkSchema, sectionSchema } from '$lib/server/workshop/schema';

/** How long a join link stays valid after the facilitator opens the session. */
const JOIN_HOURS = 12;

export const load = async (event) => {
	const { assessment, organisation, role } = await requireAssessment(event);
	// A self-assessment has no live session; the page says so instead of failing.
	if (assessment.mode !== 'workshop') return { workshop: false as const };
	const { db } = database();
	const locale = event.locals.locale;
	const [content, live] = await Promise.all([
		pinnedContent(db, assessment.id),
		readLive(db, assessment.id, true)
	]);
	if (!live?.snapshot) error(404, 'errors.not_found');
	// What the customer register says, for "the register disagrees" in the discussion list: the
	// page re-checks it as the room's levels move (only statements that declare a figure).
	const requirements = requirementsOf(content.lenses);
	const register =
		Object.keys(requirements).length > 0
			? { requirements, figures: registerFigures(await registerEvidence(db, organisation.id)) }
			: null;
	// The app's public origin (ORIGIN in production), so the link works from participants' phones.
	const joinUrl = assessment.join_code ? `${event.url.origin}/j/${assessment.join_code}` : null;
	return {
		workshop: true as const,
		canRun: role !== 'viewer',
		mail: mailEnabled(),
		joinUrl,
		joinCode: assessment.join_code,
		qr: joinUrl ? renderSVG(joinUrl, { border: 2, ecc: 'M' }) : null,
		snapshot: live.snapshot,
		register,
		bands: Object.fromEntries(content.model.bands.map((b) => [b.id, pick(b.label, locale)])),
		// Every statement someone may be put to, in the words of the assessment's stage.
		lenses: askedContent(content.lenses, 'all', stageOf(assessment.stage)).map((lens) => ({
			id: lens.id,
			title: pick(lens.title, locale),
			items: lens.items.map((item) => ({
				id: item.id,
				title: pick(item.title, locale),
				statements: item.statements.map((s) => ({ id: s.id, text: pick(s.text, locale) }))
			}))
		}))
	};
};

/** Every change requires a consultant or owner; viewers get 403 before anything is read. */
async function runner(event: Parameters<typeof requireAssessment>[0]) {
	const ctx = await requireAssessment(event, 'consultant');
	if (ctx.assessment.mode !== 'workshop') error(404, 'errors.not_found');
	return ctx;
}

export const actions = {
	open: async (event) => {
		const { organisation, assessment } = await runner(event);
		if (assessment.status === 'archived')
			return invalid(409, { _form: { key: 'join.errors.archived' } });
		await openSession(
			database().db,
			organisation.id,
			assessment.id,
			generateJoinCode(),
			JOIN_HOURS
		);
		announce().state(assessment.id);
		return { message: 'workshop.live.opened' };
	},
	section: async (event) => {
		// The form is read first: answering before the body is consumed resets the connection.
		const parsed = await parseForm(event.request, sectionSchema);
		const { organisation, assessment } = await runner(event);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		const lenses = (await pinnedContent(database().db, assessment.id)).lenses.map((l) => l.id);
		if (!lenses.includes(parsed.data.lens))
			return invalid(400, { lens: { key: 'errors.invalid_choice' } });
		await setSection(
			database().db,
			organisation.id,
			assessment.id,
			parsed.data.lens,
			parsed.data.open
		);
		announce().state(assessment.id);
		return {
			message: parsed.data.open ? 'workshop.live.section_opened' : 'workshop.live.section_locked'
		};
	},
	reveal: async (event) => {
		const { organisation, assessment } = await runner(event);
		await setRevealed(database().db, organisation.id, assessment.id, true);
		announce().state(assessment.id);
		return { message: 'workshop.live.revealed' };
	},
	hide: async (event) => {
		const { organisation, assessment } = await runner(event);
		await setRevealed(database().db, organisation.id, assessment.id, false);
		announce().state(assessment.id);
		return { message: 'workshop.live.hidden' };
	},
	mail: async (event) => {
		const parsed = await parseForm(event.request, mailLinkSchema);
		const { organisation, assessment, user } = await runner(event);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		if (!mailEnabled()) return invalid(409, { _form: { key: 'workshop.mail.off' } });
		if (!assessment.join_code || !joinable(assessment))
			return invalid(409, { _form: { key: 'workshop.mail.not_open' } });
		const expires = (assessment.join_expires_at as Date).getTime();
		const addresses = parsed.data.addresses;
		const values = { addresses: addresses.join('\n') };
		const batch = await database()
			.db.transaction()
			.execute(async (trx) => {
				const sender = {
					userId: user.id,
					organisationId: organisation.id,
					client: event.getClientAddress()
				};
				const over = await takeSendingQuota(trx, sender, addresses.length);
				if (over) return over;
				return queue(
					trx,
					addresses.map((recipient) => ({
						kind: 'workshop_link' as const,
						recipient,
						locale: isLocale(assessment.locale) ? assessment.locale : 'en',
						organisationId: organisation.id,
						createdBy: user.id,
						payload: { assessmentId: assessment.id },
						// An anonymous session keeps no trace of who was asked to join.
						forget: assessment.anonymous,
						giveUpAfterMs: expires - Date.now()
					}))
				);
			});
		if (typeof batch === 'string') return invalid(429, { _form: { key: batch } }, values);
		return { mailed: await deliverNow(batch) };
	},
	// The agreed level of one statement (or the answers' middle), with a one-line rationale.
	consensus: async (event) => {
		const parsed = await parseForm(event.request, consensusSchema);
		const { assessment, user } = await runner(event);
		// The big screen shows one message above the panel: the first field's.
		if (!parsed.ok)
			return invalid(
				400,
				{ _form: Object.values(parsed.errors)[0] ?? { key: 'errors.invalid' } },
				parsed.values
			);
		const done = await recordConsensus(database().db, announce(), assessment, user, parsed.data);
		if (!done.ok)
			return invalid(done.error === 'workshop.consensus.errors.conflict' ? 409 : 400, {
				_form: { key: done.error }
			});
		return {
			message: done.level === null ? 'workshop.consensus.cleared' : 'workshop.consensus.recorded'
		};
	},
	close: async (event) => {
		const { organisation, assessment } = await runner(event);
		await setStatus(database().db, organisation.id, assessment.id, 'closed');
		announce().state(assessment.id);
		return { message: 'workshop.live.closed' };
	}
};
