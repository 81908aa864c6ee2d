// An uploaded CSV file, kept in the database in chunks: any app instance can continue an
// import, nothing lives on one server's disk, and reading it back is streamed chunk by chunk.
import { sql, type Kysely } from 'kysely';
import type { DuplicatePolicy } from '$lib/register/fields';
import type { Engine } from '$lib/server/db/connect';
import type { DB } from '$lib/server/db/schema';
import { detectEncoding, type Encoding } from './decode';

export const CHUNK_BYTES = 256 * 1024;
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/**
 * The embedded engine (PGlite) is one session shared by every tenant, and checks and writes an
 * import in slices between their queries (run.ts): a file's run takes twice as long as on
 * PostgreSQL or more. 25 MB (about 220,000 rows) bounds it to a few minutes.
 */
export const EMBEDDED_MAX_FILE_BYTES = 25 * 1024 * 1024;

/** The largest file an upload may hold on this engine, and the message that refuses a larger one. */
export function uploadLimit(engine: Engine): { bytes: number; key: string } {
	return engine === 'pglite'
		? { bytes: EMBEDDED_MAX_FILE_BYTES, key: 'register.import.errors.too_large_embedded' }
		: { bytes: MAX_FILE_BYTES, key: 'register.import.errors.too_large' };
}

export type ImportStatus = 'uploading' | 'uploaded' | 'checked' | 'imported' | 'failed';

export interface ImportOptions {
	/** The field each column fills, by column index (null: ignored). */
	mapping: (string | null)[];
	policy: DuplicatePolicy;
	/** All-or-nothing: one invalid row and nothing is imported. */
	atomic: boolean;
}

export interface ImportRecord {
	id: string;
	organisation_id: string;
	file_name: string;
	byte_size: number;
	chunk_count: number;
	encoding: Encoding;
	status: ImportStatus;
	options: ImportOptions | null;
	summary: unknown;
	created_at: Date;
}

type Db = Kysely<DB>;

export async function create(db: Db, orgId: string, userId: string, fileName: string) {
	const row = await db
		.insertInto('register_imports')
		.values({
			organisation_id: orgId,
			created_by: userId,
			file_name: fileName.slice(0, 200) || 'import.csv'
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function find(db: Db, orgId: string, id: string) {
	const row = await db
		.selectFrom('register_imports')
		.select([
			'id',
			'organisation_id',
			'file_name',
			'byte_size',
			'chunk_count',
			'encoding',
			'status',
			'options',
			'summary',
			'created_at'
		])
		.where('organisation_id', '=', orgId)
		.where('id', '=', id)
		.executeTakeFirst();
	return row as ImportRecord | undefined;
}

export type AppendResult = 'ok' | 'not_found' | 'out_of_order' | 'too_large';

/** Adds chunk `seq` (0, 1, 2… in order) to a file still being uploaded. */
export async function append(
	db: Db,
	orgId: string,
	id: string,
	seq: number,
	data: Uint8Array,
	maxBytes = MAX_FILE_BYTES
): Promise<AppendResult> {
	return db.transaction().execute(async (trx) => {
		const imp = await trx
			.selectFrom('register_imports')
			.select(['chunk_count', 'byte_size', 'status'])
			.where('organisation_id', '=', orgId)
			.where('id', '=', id)
			.forUpdate()
			.executeTakeFirst();
		if (!imp || imp.status !== 'uploading') return 'not_found';
		if (seq !== imp.chunk_count) return 'out_of_order';
		if (imp.byte_size + data.byteLength > maxBytes) return 'too_large';
		await trx
			.insertInto('register_import_chunks')
			.values({ import_id: id, seq, data: Buffer.from(data) })
			.execute();
		await trx
			.updateTable('register_imports')
			.set({
				chunk_count: seq + 1,
				byte_size: sql`byte_size + ${data.byteLength}`,
				updated_at: sql`now()`
			})
			.where('id', '=', id)
			.execute();
		return 'ok';
	});
}

/** The file's chunks in order, fetched one at a time. */
export async function* chunks(db: Db, id: string): AsyncGenerator<Uint8Array> {
	for (let seq = 0; ; seq++) {
		const row = await db
			.selectFrom('register_import_chunks')
			.select('data')
			.where('import_id', '=', id)
			.where('seq', '=', seq)
			.executeTakeFirst();
		if (!row) return;
		yield row.data;
	}
}

async function detect(db: Db, id: string): Promise<Encoding> {
	const first = await chunks(db, id).next();
	return first.done ? 'utf-8' : detectEncoding(first.value.subarray(0, 65_536));
}

/** Ends the upload: the encoding is detected unless the person chose one. */
export async function finish(db: Db, orgId: string, id: string, encoding: Encoding | 'auto') {
	const imp = await find(db, orgId, id);
	if (!imp || imp.status !== 'uploading') return false;
	await db
		.updateTable('register_imports')
		.set({
			status: 'uploaded',
			encoding: encoding === 'auto' ? await detect(db, id) : encoding,
			updated_at: sql`now()`
		})
		.where('id', '=', id)
		.execute();
	return true;
}

/** Reads the file again in another encoding; an earlier check no longer applies. */
export async function setEncoding(db: Db, imp: ImportRecord, encoding: Encoding | 'auto') {
	if (imp.status === 'uploading' || imp.status === 'imported') return false;
	await db
		.updateTable('register_imports')
		.set({
			status: 'uploaded',
			summary: null,
			encoding: encoding === 'auto' ? await detect(db, imp.id) : encoding,
			updated_at: sql`now()`
		})
		.where('id', '=', imp.id)
		.execute();
	await db.deleteFrom('register_import_issues').where('import_id', '=', imp.id).execute();
	return true;
}

/** Stores a whole stream (the form upload without JavaScript) in chunks. */
export async function store(
	db: Db,
	orgId: string,
	userId: string,
	fileName: string,
	stream: ReadableStream<Uint8Array>,
	encoding: Encoding | 'auto',
	maxBytes = MAX_FILE_BYTES
): Promise<{ ok: true; id: string } | { ok: false; error: 'too_large' }> {
	const id = await create(db, orgId, userId, fileName);
	let pending = new Uint8Array(0);
	let seq = 0;
	const flush = async (data: Uint8Array) => {
		if ((await append(db, orgId, id, seq++, data, maxBytes)) !== 'ok') throw new TooLarge();
	};
	try {
		for await (const part of stream as unknown as AsyncIterable<Uint8Array>) {
			const joined = new Uint8Array(pending.byteLength + part.byteLength);
			joined.set(pending);
			joined.set(part, pending.byteLength);
			pending = joined;
			while (pending.byteLength >= CHUNK_BYTES) {
				await flush(pending.slice(0, CHUNK_BYTES));
				pending = pending.slice(CHUNK_BYTES);
			}
		}
		if (pending.byteLength) await flush(pending);
	} catch (err) {
		if (!(err instanceof TooLarge)) throw err;
		await discard(db, orgId, id);
		return { ok: false, error: 'too_large' };
	}
	await finish(db, orgId, id, encoding);
	return { ok: true, id };
}

class TooLarge extends Error {}

export async function discard(db: Db, orgId: string, id: string) {
	await db
		.deleteFrom('register_imports')
		.where('organisation_id', '=', orgId)
		.where('id', '=', id)
		.where('status', '<>', 'imported')
		.execute();
}

/** Frees the stored file of an applied import; the record and its summary stay. */
export async function dropFile(db: Db, id: string) {
	await db.deleteFrom('register_import_chunks').where('import_id', '=', id).execute();
}

/** Imports abandoned for a week are removed with their files. */
export async function sweep(db: Db, orgId: string) {
	await db
		.deleteFrom('register_imports')
		.where('organisation_id', '=', orgId)
		.where('status', '<>', 'imported')
		.where('updated_at', '<', sql<Date>`now() - interval '7 days'`)
		.execute();
}

export async function recent(db: Db, orgId: string, limit = 10) {
	return db
		.selectFrom('register_imports')
		.select(['id', 'file_name', 'byte_size', 'status', 'created_at'])
		.where('organisation_id', '=', orgId)
		.orderBy('created_at', 'desc')
		.limit(limit)
		.execute();
}
