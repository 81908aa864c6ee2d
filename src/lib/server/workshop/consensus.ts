// Recording what the room agreed: the facilitator, walking the discussion list, records the
// agreed level of a statement (or takes the answers' middle with one key) and a one-line
// rationale. Refused on a session that is no longer open, on a statement the workshop does not
// have, and when someone else recorded since the facilitator's screen was drawn (never a silent
// overwrite). Participants see it through the usual live event.
import type { Kysely } from 'kysely';
import type { Level } from '$lib/questionnaires/schema';
import { majorityLevel, scoreAssessment } from '$lib/scoring';
import { pinnedContent } from '$lib/server/assessments/content';
import { askingOf, writeConsensus } from '$lib/server/assessments/decisions';
import type { AssessmentRow } from '$lib/server/assessments/repository';
import { respondentsForScoring } from '$lib/server/assessments/responses';
import type { DB } from '$lib/server/db/schema';
import type { z } from 'zod';
import type { Announcer } from './announce';
import type { consensusSchema } from './schema';

export type ConsensusRefusal =
	| 'workshop.consensus.errors.closed'
	| 'workshop.consensus.errors.unknown'
	| 'workshop.consensus.errors.no_answers'
	| 'workshop.consensus.errors.conflict';

export async function recordConsensus(
	db: Kysely<DB>,
	announcer: Announcer,
	assessment: Pick<AssessmentRow, 'id' | 'organisation_id' | 'status'>,
	user: { id: string; name: string },
	input: z.infer<typeof consensusSchema>
): Promise<{ ok: true; level: Level | null } | { ok: false; error: ConsensusRefusal }> {
	if (assessment.status !== 'open') return { ok: false, error: 'workshop.consensus.errors.closed' };
	const content = await pinnedContent(db, assessment.id);
	const item = content.lenses.flatMap((l) => l.items).find((i) => i.id === input.item);
	if (!item?.statements.some((s) => s.id === input.statement))
		return { ok: false, error: 'workshop.consensus.errors.unknown' };
	let level: Level | null = input.level === '' ? null : (Number(input.level) as Level);
	if (input.level === 'median') {
		const [respondents, asking] = await Promise.all([
			respondentsForScoring(db, assessment.id),
			askingOf(db, assessment.id)
		]);
		const result = scoreAssessment(content.scoring, respondents, asking);
		const stats = result.lenses
			.flatMap((l) => l.items)
			.find((i) => i.id === input.item)
			?.statements.find((s) => s.id === input.statement);
		level = stats ? majorityLevel(stats.distribution) : null;
		if (level === null) return { ok: false, error: 'workshop.consensus.errors.no_answers' };
	}
	const written = await writeConsensus(db, {
		orgId: assessment.organisation_id,
		assessmentId: assessment.id,
		item: input.item,
		statement: input.statement,
		level,
		rationale: level === null ? null : input.rationale,
		userId: user.id,
		userName: user.name,
		version: input.version
	});
	if (!written) return { ok: false, error: 'workshop.consensus.errors.conflict' };
	announcer.state(assessment.id);
	return { ok: true, level };
}
