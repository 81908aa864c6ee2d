// After a start, the first roadmap also pays for the first run of its queries and of the code
// that scores and maps their rows: 650 ms on the demo, against 100 ms for the same read after.
// So the server, once started, reads the roadmap data of the most recently changed assessment
// once, in the background, and drops it: nothing is rendered, kept or sent. The rendering side
// warms on its own thread (render-worker.ts).
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { roadmapData } from './load';

/** Reads one roadmap's data and forgets it; resolves to how long that took, or null. */
export async function warmRoadmapReads(db: Kysely<DB>): Promise<number | null> {
	const latest = await db
		.selectFrom('assessments')
		.select(['id', 'organisation_id'])
		.orderBy('updated_at', 'desc')
		.limit(1)
		.executeTakeFirst();
	if (!latest) return null;
	const start = performance.now();
	const read = await roadmapData(
		db,
		{ orgId: latest.organisation_id, assessmentId: latest.id },
		'en',
		new Date(),
		'agreed'
	);
	return read.ok ? performance.now() - start : null;
}
