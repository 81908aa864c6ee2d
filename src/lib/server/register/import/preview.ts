// The first rows of a stored file with a suggested mapping: what the mapping page shows.
import type { Kysely } from 'kysely';
import type { CustomerField } from '$lib/register/fields';
import type { DB } from '$lib/server/db/schema';
import { chunks, type ImportRecord } from './files';
import { loadSaved, suggest } from './mapping';
import { FileError, readCsv } from './reader';

export interface Preview {
	headers: string[];
	rows: string[][];
	suggestion: (CustomerField | null)[];
	error: { key: string; params: Record<string, string | number> } | null;
}

export async function preview(db: Kysely<DB>, imp: ImportRecord, limit = 8): Promise<Preview> {
	const out: Preview = { headers: [], rows: [], suggestion: [], error: null };
	try {
		for await (const r of readCsv(chunks(db, imp.id), imp.encoding)) {
			if (r.row === 1) out.headers = r.cells.map((h) => h.trim());
			else if (r.cells.some((c) => c.trim())) out.rows.push(r.cells.map((c) => c.slice(0, 200)));
			if (out.rows.length >= limit) break;
		}
	} catch (err) {
		if (!(err instanceof FileError)) throw err;
		out.error = { key: err.key, params: err.params };
	}
	if (!out.error && out.headers.length === 0)
		out.error = { key: 'register.import.errors.empty', params: {} };
	out.suggestion = suggest(out.headers, await loadSaved(db, imp.organisation_id));
	return out;
}
