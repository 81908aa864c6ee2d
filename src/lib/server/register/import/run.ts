// Checking and applying an import: one pass over the stored file, in batches. A check (dry run)
// does everything an import does without keeping it, so its counts are what the import will do;
// an import commits only when allowed to (by default, only when every row is valid). Duplicates
// are found by the normalised email and phone keys, against the register and against earlier
// rows of the same file.
//
// Two ways to run, by engine. On PostgreSQL the pass is one transaction: a check rolls it back,
// and other requests use the pool's other connections meanwhile. The embedded engine (PGlite) is
// one session: a transaction held for the whole file (16 s for 100,000 rows, minutes for 50 MB)
// kept every other tenant's pages and logins waiting for it. There the work is cut into slices
// that each hold the session for one batch, so a page's query waits at most for one batch:
// a check only reads (batchChecker), and an import first checks the whole file, writing nothing,
// then writes it batch by batch, each batch committed on its own. And the embedded engine takes
// files up to EMBEDDED_MAX_FILE_BYTES (files.ts); a larger one is refused before any work.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { CustomerField } from '$lib/register/fields';
import type { DB } from '$lib/server/db/schema';
import { members as listMembers, type Member } from '../service';
import type { Database, Engine } from '$lib/server/db/connect';
import {
	chunks,
	dropFile,
	EMBEDDED_MAX_FILE_BYTES,
	type ImportOptions,
	type ImportRecord
} from './files';
import { remember } from './mapping';
import { FileError, readCsv } from './reader';
import { saveIssues } from './report';
import { batchChecker, batchWriter } from './batch';
import { readRow, type Issue, type ValidRow } from './rows';
import type { ImportSummary } from './summary';

const BATCH = 1000;
// On the embedded engine a batch is also how long another request may wait for the session.
const EMBEDDED_BATCH = 200;
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
	/** The engine `db` runs on: the embedded one is run in slices. PostgreSQL unless said. */
	engine?: Engine;
	/** The embedded engine: waited for before each slice, so that other requests go first. */
	yieldToOthers?: () => Promise<void>;
}

/** What a run needs to know of the database it runs on. */
export function engineOf(database: Database): Pick<RunContext, 'engine' | 'yieldToOthers'> {
	return database.engine === 'pglite'
		? { engine: 'pglite', yieldToOthers: database.yieldToOthers }
		: { engine: 'postgres' };
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

type Apply = (batch: ValidRow[]) => Promise<void>;

interface Pass {
	summary: ImportSummary;
	issues: Issue[];
	headers: string[];
}

/**
 * One pass over the file: rows read and checked, valid ones handed to `apply` a batch at a time.
 * `progress` turns the bytes read into what the reader is shown.
 */
async function pass(
	db: Kysely<DB>,
	imp: ImportRecord,
	options: ImportOptions,
	members: Member[],
	result: Pass,
	apply: Apply,
	batchSize: number,
	progress: (rows: number, bytes: number) => void
) {
	const { summary, issues } = result;
	let batch: ValidRow[] = [];
	let mapping: (CustomerField | null)[] = [];
	for await (const record of readCsv(chunks(db, imp.id), imp.encoding)) {
		if (record.row === 1) {
			result.headers = record.cells.map((h) => h.trim());
			mapping = result.headers.map((_, i) => (options.mapping[i] ?? null) as CustomerField | null);
			if (!mapping.includes('name')) throw new FileError('register.import.errors.missing_name');
			continue;
		}
		if (record.cells.every((c) => c.trim() === '')) continue;
		summary.rows++;
		const read = readRow(record.row, record.cells, mapping, result.headers, members);
		if (!read.ok) {
			summary.invalid++;
			summary.issues += read.issues.length;
			for (const i of read.issues) if (issues.length < MAX_ISSUES) issues.push(i);
			continue;
		}
		summary.valid++;
		batch.push(read.value);
		if (batch.length === batchSize) {
			await apply(batch);
			batch = [];
			progress(summary.rows, record.bytes);
		}
	}
	if (result.headers.length === 0) throw new FileError('register.import.errors.empty');
	await apply(batch);
	progress(summary.rows, imp.byte_size);
}

export async function runImport(
	db: Kysely<DB>,
	imp: ImportRecord,
	options: ImportOptions,
	ctx: RunContext
): Promise<ImportSummary> {
	const result: Pass = { summary: emptySummary(ctx.dryRun), issues: [], headers: [] };
	const members = await listMembers(db, imp.organisation_id);
	const run = ctx.engine === 'pglite' ? inSlices : inOneTransaction;
	let outcome: Pass = result;
	try {
		outcome = await run(db, imp, options, ctx, members, result);
	} catch (err) {
		if (err instanceof FileError) result.summary.fileError = { key: err.key, params: err.params };
		else if (!(err instanceof Rollback)) throw err;
	}
	const { summary, issues, headers } = outcome;

	// An import that is not ready (or already applied) is left exactly as it was.
	if (summary.fileError?.key === NOT_READY) return summary;
	if (!summary.applied) {
		// Counts of a run not kept describe what would have happened, not what did.
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

type Run = (
	db: Kysely<DB>,
	imp: ImportRecord,
	options: ImportOptions,
	ctx: RunContext,
	members: Member[],
	result: Pass
) => Promise<Pass>;

async function markImported(
	db: Kysely<DB>,
	imp: ImportRecord,
	options: ImportOptions,
	summary: ImportSummary
) {
	summary.applied = true;
	await db
		.updateTable('register_imports')
		.set({
			status: 'imported',
			options: JSON.stringify(options),
			summary: JSON.stringify(summary),
			updated_at: sql`now()`
		})
		.where('id', '=', imp.id)
		.execute();
}

// PostgreSQL: the whole pass in one transaction, rolled back by a check.
const inOneTransaction: Run = async (db, imp, options, ctx, members, result) => {
	const { summary } = result;
	const progress = (rows: number, bytes: number) =>
		ctx.onProgress?.({ rows, bytes, total: imp.byte_size });
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
		await pass(trx, imp, options, members, result, apply, BATCH, progress);
		if (ctx.dryRun || (options.atomic && summary.invalid > 0)) throw new Rollback();
		await markImported(trx, imp, options, summary);
	});
	return result;
};

// One batch's statements, in a transaction of their own planned for their values (see above).
// Its commit need not wait for the disk: the statement that marks the import done does, for it
// and every batch before it.
function inTransaction(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<void>) {
	return db.transaction().execute(async (trx) => {
		await sql`set local plan_cache_mode = force_custom_plan`.execute(trx);
		await sql`set local synchronous_commit = off`.execute(trx);
		await work(trx);
	});
}

// The embedded engine holds one file's run at a time, in place of the row lock above: it is one
// process (the data directory is locked to it), so a promise per import is enough.
const running = new Map<string, Promise<unknown>>();

function oneAtATime<T>(id: string, work: () => Promise<T>): Promise<T> {
	const before = running.get(id) ?? Promise.resolve();
	const mine = before.then(work, work);
	const settled = mine.catch(() => undefined);
	running.set(id, settled);
	void settled.then(() => {
		if (running.get(id) === settled) running.delete(id);
	});
	return mine;
}

// The embedded engine: no statement of the run holds the session for more than one batch.
const inSlices: Run = (db, imp, options, ctx, members, result) =>
	oneAtATime(imp.id, async () => {
		const inBatch = async (work: (trx: Transaction<DB>) => Promise<void>) => {
			await ctx.yieldToOthers?.();
			await inTransaction(db, work);
		};
		const current = await db
			.selectFrom('register_imports')
			.select('status')
			.where('id', '=', imp.id)
			.executeTakeFirst();
		if (!current || current.status === 'imported' || current.status === 'uploading')
			throw new FileError(NOT_READY);
		if (imp.byte_size > EMBEDDED_MAX_FILE_BYTES)
			throw new FileError('register.import.errors.too_large_embedded');
		const total = imp.byte_size;
		// An import shows the check as the first half of its progress, the writing as the second.
		const share = ctx.dryRun ? 1 : 2;
		const checker = batchChecker(imp, options.policy, result.summary);
		const check: Apply = (batch) => inBatch((trx) => checker(trx, batch));
		await pass(db, imp, options, members, result, check, EMBEDDED_BATCH, (rows, bytes) =>
			ctx.onProgress?.({ rows, bytes: Math.round(bytes / share), total })
		);
		if (ctx.dryRun || (options.atomic && result.summary.invalid > 0)) return result;

		// The file is readable and allowed: write it. The counts are the writing's own (another
		// member may have changed the register since the check); its issues are the check's.
		const written: Pass = { summary: emptySummary(false), issues: [], headers: [] };
		const write: Apply = (batch) =>
			inBatch((trx) => batchWriter(trx, imp, options.policy, ctx.userId, written.summary)(batch));
		await pass(db, imp, options, members, written, write, EMBEDDED_BATCH, (rows, bytes) =>
			ctx.onProgress?.({ rows, bytes: Math.round((total + bytes) / 2), total })
		);
		await markImported(db, imp, options, written.summary);
		return { ...written, issues: result.issues };
	});

// The embedded database has no autovacuum: after a large import, refresh the planner's
// statistics and fold the trigram index's pending list in, or searches slow down.
async function afterApply(db: Kysely<DB>, importId: string, changed: number) {
	await dropFile(db, importId);
	if (changed < 1000) return;
	await sql`analyze customers`.execute(db);
	await sql`select gin_clean_pending_list('customers_search_trgm_idx'::regclass)`.execute(db);
}
