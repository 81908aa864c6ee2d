import { error } from '@sveltejs/kit';
import { renderSVG } from 'uqr';
import { pick } from '$lib/assessments/wizard-content';
import { pinnedContent } from '$lib/server/assessments/content';
import { requireAssessment } from '$lib/server/assessments/guard';
import { setStatus } from '$lib/server/assessments/repository';
import { database } from '$lib/server/db';
import { invalid, parseForm } from '$lib/server/forms';
import { generateJoinCode } from '$lib/server/workshop/code';
import { readLive } from '$lib/server/workshop/live-data';
import { openSession, setRevealed, setSection } from '$lib/server/workshop/repository';
import { announce } from '$lib/server/workshop/runtime';
import { sectionSchema } from '$lib/server/workshop/schema';

/** How long a join link stays valid after the facilitator opens the session. */
const JOIN_HOURS = 12;

export const load = async (event) => {
	const { assessment, role } = await requireAssessment(event);
	// A self-assessment has no live session; the page says so instead of failing.
	if (assessment.mode !== 'workshop') return { workshop: false as const };
	const { db } = database();
	const locale = event.locals.locale;
	const [content, live] = await Promise.all([
		pinnedContent(db, assessment.id),
		readLive(db, assessment.id, true)
	]);
	if (!live?.snapshot) error(404, 'errors.not_found');
	// The app's public origin (ORIGIN in production), so the link works from participants' phones.
	const joinUrl = assessment.join_code ? `${event.url.origin}/j/${assessment.join_code}` : null;
	return {
		workshop: true as const,
		canRun: role !== 'viewer',
		joinUrl,
		joinCode: assessment.join_code,
		qr: joinUrl ? renderSVG(joinUrl, { border: 2, ecc: 'M' }) : null,
		snapshot: live.snapshot,
		bands: Object.fromEntries(content.model.bands.map((b) => [b.id, pick(b.label, locale)])),
		lenses: content.lenses.map((lens) => ({
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
	close: async (event) => {
		const { organisation, assessment } = await runner(event);
		await setStatus(database().db, organisation.id, assessment.id, 'closed');
		announce().state(assessment.id);
		return { message: 'workshop.live.closed' };
	}
};
