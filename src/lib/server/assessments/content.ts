// Questionnaire content as an assessment pinned it. Current files are copied into
// questionnaire_versions (keyed by content hash) when an assessment is created; scoring always
// reads the pinned copy, so changing a questionnaire file never changes an old result.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import type {
	QuestionnaireFile,
	ReadinessModel,
	ScoredQuestionnaire,
	WorksheetQuestionnaire
} from '$lib/questionnaires/schema';
import type { ScoringModel } from '$lib/scoring';
import { loadQuestionnaires } from '$lib/server/questionnaires/load';

export interface PinnedContent {
	/** The readiness model restricted to the lenses this assessment includes. */
	model: ReadinessModel;
	lenses: ScoredQuestionnaire[];
	goals: WorksheetQuestionnaire | null;
	scoring: ScoringModel;
	/** questionnaire id → content hash. */
	hashes: Record<string, string>;
}

/** Stores the current version of every questionnaire (once per hash); returns the hashes. */
export async function pinCurrent(db: Kysely<DB>): Promise<Record<string, string>> {
	const q = loadQuestionnaires();
	const rows = [...q.byId.values()].map((content) => ({
		hash: q.hashes[content.id] as string,
		questionnaire_id: content.id,
		version: content.version,
		kind: content.kind,
		content: JSON.stringify(content)
	}));
	await db
		.insertInto('questionnaire_versions')
		.values(rows)
		.onConflict((oc) => oc.column('hash').doNothing())
		.execute();
	return { ...q.hashes };
}

// Pinned content never changes, so it is cached by its hashes for the life of the process.
const cache = new Map<string, PinnedContent>();
// An assessment's pins are written once, when it is created: which content it uses is cached
// too, so a save (hundreds a second in a big workshop) does not ask again. Bounded: the oldest
// entries go first.
const byAssessment = new Map<string, PinnedContent>();
const MAX_ASSESSMENTS = 1000;

export async function pinnedContent(db: Kysely<DB>, assessmentId: string): Promise<PinnedContent> {
	const known = byAssessment.get(assessmentId);
	if (known) return known;
	const content = await readPinned(db, assessmentId);
	if (byAssessment.size >= MAX_ASSESSMENTS) {
		const oldest = byAssessment.keys().next().value;
		if (oldest !== undefined) byAssessment.delete(oldest);
	}
	byAssessment.set(assessmentId, content);
	return content;
}

async function readPinned(db: Kysely<DB>, assessmentId: string): Promise<PinnedContent> {
	const rows = await db
		.selectFrom('assessment_questionnaires as aq')
		.innerJoin('assessments as a', 'a.id', 'aq.assessment_id')
		.select(['aq.questionnaire_id', 'aq.hash', 'a.model_hash'])
		.where('aq.assessment_id', '=', assessmentId)
		.orderBy('aq.position')
		.execute();
	const modelHash = rows[0]?.model_hash;
	if (!modelHash) throw new Error(`assessment ${assessmentId} has no pinned questionnaires`);
	const key = [modelHash, ...rows.map((r) => r.hash)].join(',');
	const cached = cache.get(key);
	if (cached) return cached;

	const versions = await db
		.selectFrom('questionnaire_versions')
		.select(['hash', 'content'])
		.where('hash', 'in', [modelHash, ...rows.map((r) => r.hash)])
		.execute();
	const byHash = new Map(versions.map((v) => [v.hash, v.content as unknown as QuestionnaireFile]));
	const fullModel = byHash.get(modelHash);
	if (fullModel?.kind !== 'model') throw new Error('pinned readiness model missing');
	const files = rows.map((r) => byHash.get(r.hash));
	const lenses = files.filter(
		(f): f is ScoredQuestionnaire => f?.kind === 'scored' || f?.kind === 'risk'
	);
	const goals = files.find((f): f is WorksheetQuestionnaire => f?.kind === 'worksheet') ?? null;
	const included = new Set(lenses.map((l) => l.id));
	const model: ReadinessModel = {
		...fullModel,
		lenses: fullModel.lenses.filter((l) => included.has(l.questionnaire))
	};
	const content: PinnedContent = {
		model,
		lenses,
		goals,
		scoring: { model, lenses },
		hashes: Object.fromEntries([
			[fullModel.id, modelHash],
			...rows.map((r) => [r.questionnaire_id, r.hash])
		])
	};
	cache.set(key, content);
	return content;
}
