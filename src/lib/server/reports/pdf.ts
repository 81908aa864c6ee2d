// An assessment's roadmap as PDF bytes, with its file name: for the download and for mail.
import type { Kysely } from 'kysely';
import type { Locale } from '$lib/i18n/locale';
import type { ScoreView } from '$lib/scoring';
import type { DB } from '$lib/server/db/schema';
import { roadmapAsked } from './ahead';
import { contentDisposition, roadmapFileName } from './file-name';
import { roadmapData } from './load';
import { renderRoadmap } from './rendered';

export async function roadmapPdf(
	db: Kysely<DB>,
	ref: { orgId: string; assessmentId: string },
	locale: Locale,
	view: ScoreView = 'agreed'
) {
	roadmapAsked(ref);
	const outcome = await roadmapData(db, ref, locale, new Date(), view);
	if (!outcome.ok) return outcome;
	const pdf = await renderRoadmap(outcome.data);
	const { organisation } = outcome;
	const date = outcome.data.date;
	return {
		ok: true as const,
		pdf,
		fileName: roadmapFileName(organisation, locale, date),
		disposition: contentDisposition(organisation, locale, date)
	};
}
