import { pick } from '$lib/assessments/wizard-content';
import { sectionMessages } from '$lib/i18n/section';
import { pinnedContent } from '$lib/server/assessments/content';
import { requireAssessment } from '$lib/server/assessments/guard';
import { rename, setStage, setStatus, type Status } from '$lib/server/assessments/repository';
import { renameSchema, stageSchema } from '$lib/server/assessments/schema';
import { database } from '$lib/server/db';
import { invalid, parseForm } from '$lib/server/forms';
import { versionNotice } from '$lib/server/milestones/carry-over';

export const load = async (event) => {
	const { assessment, role, user } = await requireAssessment(event);
	const { db } = database();
	const content = await pinnedContent(db, assessment.id);
	const [respondents, mine] = await Promise.all([
		db
			.selectFrom('respondents')
			.select((eb) => [
				eb.fn.countAll<number>().as('total'),
				eb.fn.count<number>('finished_at').as('finished')
			])
			.where('assessment_id', '=', assessment.id)
			.executeTakeFirstOrThrow(),
		db
			.selectFrom('respondents')
			.select(['id', 'finished_at'])
			.where('assessment_id', '=', assessment.id)
			.where('user_id', '=', user.id)
			.executeTakeFirst()
	]);
	const locale = event.locals.locale;
	const versions = await versionNotice(db, assessment, locale);
	return {
		...sectionMessages(locale, 'assessment'),
		assessment,
		lenses: content.lenses.map((l) => ({
			id: l.id,
			title: pick(l.title, locale),
			version: l.version,
			hash: content.hashes[l.id]?.slice(0, 12) ?? ''
		})),
		respondents: { total: Number(respondents.total), finished: Number(respondents.finished) },
		mine: mine ? { finished: mine.finished_at !== null } : null,
		canEdit: role !== 'viewer',
		versions
	};
};

function statusAction(status: Status, message: string) {
	return async (event: Parameters<typeof requireAssessment>[0]) => {
		const { organisation, assessment } = await requireAssessment(event, 'consultant');
		await setStatus(database().db, organisation.id, assessment.id, status);
		return { message };
	};
}

export const actions = {
	close: statusAction('closed', 'assessment.overview.closed'),
	reopen: statusAction('open', 'assessment.overview.reopened'),
	archive: statusAction('archived', 'assessment.overview.archived'),
	restore: statusAction('closed', 'assessment.overview.reopened'),
	rename: async (event) => {
		const { organisation, assessment } = await requireAssessment(event, 'consultant');
		const parsed = await parseForm(event.request, renameSchema);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		await rename(database().db, organisation.id, assessment.id, parsed.data.title);
		return { message: 'common.actions.saved' };
	},
	stage: async (event) => {
		const { organisation, assessment } = await requireAssessment(event, 'consultant');
		const parsed = await parseForm(event.request, stageSchema);
		if (!parsed.ok) return invalid(400, parsed.errors, parsed.values);
		await setStage(database().db, organisation.id, assessment.id, parsed.data.stage);
		return { message: 'assessment.overview.stage_saved' };
	}
};
