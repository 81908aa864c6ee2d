// What a milestone keeps of the results: the scores trends and benchmarks compare, nothing
// about any person. Stored as jsonb and read back through the schema, so an old row that lacks
// a field degrades to "unknown" instead of breaking a page.
import { z } from 'zod';
import type { AssessmentResult } from '$lib/scoring';

const Scores = z.record(z.string(), z.number().nullable());

export const MilestoneSummary = z.object({
	version: z.literal(1),
	confidence: z.number().nullable().catch(null),
	/** Scores (0–100) by lens id; a risk lens as preparedness, like the index. */
	lenses: Scores.catch({}),
	/** Scores (0–100) by item id. */
	items: Scores.catch({}),
	/** Risk level by failure-cause item id. */
	risks: z.record(z.string(), z.enum(['high', 'medium', 'low'])).catch({}),
	blockers: z.array(z.string()).catch([]),
	/** questionnaire id → content hash the scores were computed with. */
	hashes: z.record(z.string(), z.string()).catch({})
});
export type MilestoneSummary = z.infer<typeof MilestoneSummary>;

const EMPTY: MilestoneSummary = {
	version: 1,
	confidence: null,
	lenses: {},
	items: {},
	risks: {},
	blockers: [],
	hashes: {}
};

export function summarise(
	result: AssessmentResult,
	hashes: Readonly<Record<string, string>>
): MilestoneSummary {
	return {
		version: 1,
		confidence: result.confidence,
		lenses: Object.fromEntries(result.lenses.map((l) => [l.id, l.score])),
		items: Object.fromEntries(result.lenses.flatMap((l) => l.items.map((i) => [i.id, i.score]))),
		risks: Object.fromEntries(result.risks.map((r) => [r.item, r.level])),
		blockers: result.blockers.map((b) => b.item),
		hashes: { ...hashes }
	};
}

export function readSummary(json: unknown): MilestoneSummary {
	const parsed = MilestoneSummary.safeParse(json);
	return parsed.success ? parsed.data : EMPTY;
}
