// Which sections of an assessment are open to answers: an anonymous workshop's figures leave
// them out everywhere (see closedSectionsOnly in $lib/assessments/anonymity).
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';

export async function openSections(db: Kysely<DB>, assessmentId: string): Promise<string[]> {
	const row = await db
		.selectFrom('assessments')
		.select(['open_sections', 'status', 'mode'])
		.where('id', '=', assessmentId)
		.executeTakeFirst();
	// Once the session is closed (or outside a workshop) nothing is open to answers.
	return row && row.status === 'open' && row.mode === 'workshop' ? row.open_sections : [];
}
