// The portfolio benchmark: one client's index and lens scores beside the median and quartiles of
// the consultant's other clients' latest milestones. With fewer than MIN_OTHERS clients the
// figures would describe one or two identifiable organisations, so nothing is shown; the same
// rule applies to each row (a lens only some clients assessed).
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { readSummary } from '$lib/milestones/summary';
import { quartiles, type Quartiles } from '$lib/portfolio/quartiles';
import { latestOfOtherClients } from './repository';

const MIN_OTHERS = 3;

export interface BenchmarkRow {
	/** 'index' or a lens id. */
	key: string;
	own: number | null;
	/** null when fewer than MIN_OTHERS other clients have this score. */
	others: Quartiles | null;
}

export type Benchmark =
	| { shown: false; others: number; needed: number }
	| { shown: true; others: number; rows: BenchmarkRow[] };

export async function benchmark(
	db: Kysely<DB>,
	input: {
		userId: string;
		organisationId: string;
		own: { index: number | null; lenses: Readonly<Record<string, number | null>> };
	}
): Promise<Benchmark> {
	const latest = await latestOfOtherClients(db, input.userId, input.organisationId);
	if (latest.length < MIN_OTHERS)
		return { shown: false, others: latest.length, needed: MIN_OTHERS };
	const summaries = latest.map((m) => ({ index: m.index, lenses: readSummary(m.summary).lenses }));
	const row = (
		key: string,
		own: number | null,
		pick: (s: (typeof summaries)[number]) => unknown
	) => {
		const values = summaries.map(pick).filter((v): v is number => typeof v === 'number');
		return { key, own, others: values.length >= MIN_OTHERS ? quartiles(values) : null };
	};
	return {
		shown: true,
		others: latest.length,
		rows: [
			row('index', input.own.index, (s) => s.index),
			...Object.entries(input.own.lenses).map(([id, own]) => row(id, own, (s) => s.lenses[id]))
		]
	};
}
