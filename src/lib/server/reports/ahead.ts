// Render-ahead: a roadmap is rendered before it is asked for, when it is the likely next
// download, so that the download is served as rendered (rendered.ts) instead of waiting for
// pdfmake (300–500 ms on the demo, more on a busy machine):
// - after an edit to what a roadmap says (its plan, goals, targets, settings) by
//   a member on the assessment's pages (not while answers come in): the roadmap in the
//   assessment's language and in the editor's, a moment later;
// - not after a download that started since the edit: it renders (or shares) the same roadmap.
// After a start, the most recently changed assessment's data is read once, not rendered.
//
// Safe by construction: nothing rendered ahead is sent to anyone. A download still reads its
// data afresh under the requester's access, and is served these bytes only if that data is
// identical (the cache's key is a hash of it). Bounded: one render at a time per roadmap (edits
// meanwhile ask for one more, after it), a few roadmaps at once, a short pause to let a burst of
// edits settle. The renders run on the renderer's thread, off the event loop.
import type { Kysely } from 'kysely';
import { isLocale, type Locale } from '$lib/i18n/locale';
import type { ScoreView } from '$lib/scoring';
import type { DB } from '$lib/server/db/schema';
import { roadmapData } from './load';
import { renderRoadmap } from './rendered';

type Ref = { orgId: string; assessmentId: string };

// Edits arrive in bursts (a form, then the next): render once they settle.
const SETTLE_MS = 250;
// Roadmaps rendered ahead at once, at most; more are not rendered ahead.
const MAX_AT_ONCE = 4;

const running = new Map<string, { again: boolean; editedAt: number }>();
let done = 0;

// When each assessment's roadmap was last asked for: a download that started after the edit
// renders (or shares) it itself, so rendering ahead would only read the data a second time.
const asked = new Map<string, number>();

/** A roadmap download has started (reports/pdf.ts). */
export function roadmapAsked(ref: Ref): void {
	if (asked.size > 1000) {
		const old = performance.now() - 60_000;
		for (const [id, at] of asked) if (at < old) asked.delete(id);
	}
	asked.set(ref.assessmentId, performance.now());
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Renders the roadmap ahead, in the background; resolves when it (and any redo) is done. */
export function renderAhead(
	db: Kysely<DB>,
	ref: Ref,
	locale: Locale,
	options: { view?: ScoreView; settleMs?: number; editedAt?: number } = {}
): Promise<void> {
	const view = options.view ?? 'agreed';
	const key = `${ref.orgId}|${ref.assessmentId}|${locale}|${view}`;
	const current = running.get(key);
	if (current) {
		current.again = true;
		current.editedAt = options.editedAt ?? performance.now();
		return Promise.resolve();
	}
	if (running.size >= MAX_AT_ONCE) return Promise.resolve();
	const state = { again: true, editedAt: options.editedAt ?? performance.now() };
	running.set(key, state);
	return (async () => {
		try {
			while (state.again) {
				state.again = false;
				await sleep(options.settleMs ?? SETTLE_MS);
				if ((asked.get(ref.assessmentId) ?? -1) >= state.editedAt) continue;
				const read = await roadmapData(db, ref, locale, new Date(), view);
				if (!read.ok) return;
				await renderRoadmap(read.data);
				done++;
			}
		} catch {
			// Rendering ahead only saves the reader a wait; the download renders for itself.
		} finally {
			running.delete(key);
		}
	})();
}

/**
 * After an edit: the roadmap in the assessment's own language (its organisation's: the one its
 * roadmap is usually read in), then in the editor's if it is another (the plan page offers both;
 * the results page links the reader's).
 */
export async function renderAheadAfterEdit(
	db: Kysely<DB>,
	ref: Ref,
	editorLocale: Locale
): Promise<void> {
	// Both languages answer to the edit's time: a download started since skips either.
	const editedAt = performance.now();
	const row = await db
		.selectFrom('assessments')
		.select('locale')
		.where('id', '=', ref.assessmentId)
		.where('organisation_id', '=', ref.orgId)
		.executeTakeFirst();
	if (!row) return;
	const own: Locale = isLocale(row.locale) ? row.locale : 'en';
	await renderAhead(db, ref, own, { editedAt });
	if (editorLocale !== own) await renderAhead(db, ref, editorLocale, { editedAt });
}

/**
 * After a start: the most recently changed assessment's roadmap data, read once and dropped.
 * The first read after a start costs 650 ms on the demo (the queries' and the mapping code's
 * first run), later ones ~100 ms. Not rendered: a guess that missed would hold the renderer's
 * one thread, in its slowest first minutes, from the roadmap someone actually asked for.
 */
export async function readLatestAhead(db: Kysely<DB>): Promise<boolean> {
	const latest = await db
		.selectFrom('assessments')
		.select(['id', 'organisation_id', 'locale'])
		.orderBy('updated_at', 'desc')
		.limit(1)
		.executeTakeFirst();
	if (!latest) return false;
	const locale: Locale = isLocale(latest.locale) ? latest.locale : 'en';
	const ref = { orgId: latest.organisation_id, assessmentId: latest.id };
	return (await roadmapData(db, ref, locale, new Date(), 'agreed')).ok;
}

// The assessment's pages whose form posts change what its roadmap says and after which it is
// downloaded. Not the live workshop's, nor a respondent's answers (/respond): while answers come
// in, the roadmap is not what anyone waits for, and a render per answer would only cost.
const EDITS =
	/^\/orgs\/([0-9a-f-]{36})\/assessments\/([0-9a-f-]{36})(?:\/(?:plan|results|milestones))?\/?$/;

/** The roadmap an edit (a form post answered below 400 to a member) may have changed, if any. */
export function editedRoadmap(
	method: string,
	pathname: string,
	status: number,
	memberOf: readonly { id: string }[] | null
): Ref | null {
	if (method !== 'POST' || status >= 400 || !memberOf) return null;
	const match = EDITS.exec(pathname);
	if (!match) return null;
	const [, orgId, assessmentId] = match as unknown as [string, string, string];
	if (!memberOf.some((m) => m.id === orgId)) return null;
	return { orgId, assessmentId };
}

/** For tests: roadmaps rendered ahead so far, and how many are under way. */
export function aheadStats() {
	return { done, running: running.size };
}
