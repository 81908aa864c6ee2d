// Checking and applying an import: one pass over the stored file, in batches, inside one
// transaction. A check (dry run) does everything an import does and then rolls back, so its
// counts are exactly what the import will do; an import commits only when allowed to (by
// default, only when every row is valid). Duplicates are found by the normalised email and
// phone keys, against the register and against earlier rows of the same file.
import { sql, type Kysely } from 'kysely';
import type { CustomerField } from '$lib/register/fields';
import type { DB } from '$lib/server/db/schema';
import { members as listMembers } from '../service';
import { chunks, dropFile, type ImportOptions, type ImportRecord } from './files';
import { remember } from './mapping';
import { FileError, readCsv } from './reader';
import { saveIssues } from './report';
import { batchWriter } from './batch';
import { readRow, type Issue, type ValidRow } from './rows';
import type { ImportSummary } from './summary';

const BATCH = 1000;
const MAX_ISSUES = 10_000;
const NOT_READY = 'register.import.errors.not_ready';

export interface Progress {
	rows: number;
	bytes: number;
	total: number;
}

interface RunContext {
	userId: string;
	dryRun: boolean;
	onProgress?: (p: Progress) => void;
}

class Rollback extends Error {}

function emptySummary(dryRun: boolean): ImportSummary {
	return {
		dryRun,
		applied: false,
		rows: 0,
		valid: 0,
		invalid: 0,
		created: 0,
		updated: 0,
		skipped: 0,
		duplicatesInFile: 0,
		duplicatesInRegister: 0,
		issues: 0,
		duplicates: [],
		fileError: null
	};
}

export async function runImport(
	db: Kysely<DB>,
	imp: ImportRecord,
	options: ImportOptions,
	ctx: RunContext
): Promise<ImportSummary> {
	const summary = emptySummary(ctx.dryRun);
	const issues: Issue[] = [];
	const members = await listMembers(db, imp.organisation_id);
	let headers: string[] = [];
	const addIssues = (found: Issue[]) => {
		summary.issues += found.length;
		for (const i of found) if (issues.length < MAX_ISSUES) issues.push(i);
	};

	try {
		await db.transaction().execute(async (trx) => {
			// The batches' statements are prepared (../../db/prepared) and repeat: after five runs
			// PostgreSQL may settle on a generic plan, made without the batch's values. For the
			// lookup of existing customers by email or phone that plan scans the whole table,
			// which grows by a batch each time: the import became quadratic (100,000 rows: 16 s →
			// over 2 minutes). Plans made for each batch's own values use the indexes.
			await sql`set local plan_cache_mode = force_custom_plan`.execute(trx);
			// Two imports of one file never both apply: the second waits here, then sees it done.
			const current = await trx
				.selectFrom('register_imports')
				.select('status')
				.where('id', '=', imp.id)
				.forUpdate()
				.executeTakeFirst();
			if (!current || current.status === 'imported' || current.status === 'uploading')
				throw new FileError(NOT_READY);

			const apply = batchWriter(trx, imp, options.policy, ctx.userId, summary);
			let batch: ValidRow[] = [];
			let mapping: (CustomerField | null)[] = [];
			for await (const record of readCsv(chunks(trx, imp.id), imp.encoding)) {
				if (record.row === 1) {
					headers = record.cells.map((h) => h.trim());
					mapping = headers.map((_, i) => (options.mapping[i] ?? null) as CustomerField | null);
					if (!mapping.includes('name')) throw new FileError('register.import.errors.missing_name');
					continue;
				}
				if (record.cells.every((c) => c.trim() === '')) continue;
				summary.rows++;
				const read = readRow(record.row, record.cells, mapping, headers, members);
				if (!read.ok) {
					summary.invalid++;
					addIssues(read.issues);
					continue;
				}
				summary.valid++;
				batch.push(read.value);
				if (batch.length === BATCH) {
					await apply(batch);
					batch = [];
					ctx.onProgress?.({ rows: summary.rows, bytes: record.bytes, total: imp.byte_size });
				}
			}
			if (headers.length === 0) throw new FileError('register.import.errors.empty');
			await apply(batch);
			ctx.onProgress?.({ rows: summary.rows, bytes: imp.byte_size, total: imp.byte_size });
			if (ctx.dryRun || (options.atomic && summary.invalid > 0)) throw new Rollback();
			summary.applied = true;
			await trx
				.updateTable('register_imports')
				.set({
					status: 'imported',
					options: JSON.stringify(options),
					summary: JSON.stringify(summary),
					updated_at: sql`now()`
				})
				.where('id', '=', imp.id)
				.execute();
		});
	} catch (err) {
		if (err instanceof FileError) summary.fileError = { key: err.key, params: err.params };
		else if (!(err instanceof Rollback)) throw err;
	}

	// An import that is not ready (or already applied) is left exactly as it was.
	if (summary.fileError?.key === NOT_READY) return summary;
	if (!summary.applied) {
		// Counts of a rolled-back run describe what would have happened, not what did.
		await db
			.updateTable('register_imports')
			.set({
				status: summary.fileError ? 'failed' : 'checked',
				options: JSON.stringify(options),
				summary: JSON.stringify(summary),
				updated_at: sql`now()`
			})
			.where('id', '=', imp.id)
			.where('status', '<>', 'imported')
			.execute();
	}
	await saveIssues(db, imp.id, issues);
	if (headers.length) await remember(db, imp.organisation_id, headers, options.mapping);
	if (summary.applied) await afterApply(db, imp.id, summary.created + summary.updated);
	return summary;
}

// The embedded database has no autovacuum: after a large import, refresh the planner's
// statistics and fold the trigram index's pending list in, or searches slow down.
async function afterApply(db: Kysely<DB>, importId: string, changed: number) {
	await dropFile(db, importId);
	if (changed < 1000) return;
	await sql`analyze customers`.execute(db);
	await sql`select gin_clean_pending_list('customers_search_trgm_idx'::regclass)`.execute(db);
}
