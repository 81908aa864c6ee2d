// One batch of valid rows: find their duplicates (by normalised email, then phone) among the
// register's customers and the rows before them, apply the duplicate policy, and write —
// new customers in one statement, updates in another. `batchChecker` does the same without
// writing, for a check on the embedded engine (see run.ts): it remembers the file's earlier
// rows itself instead of finding them in the register.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { CustomerField, DuplicatePolicy } from '$lib/register/fields';
import type { DB } from '$lib/server/db/schema';
import { insertMany, toValues, type CustomerValues } from '../customers';
import type { ImportRecord } from './files';
import type { ValidRow } from './rows';
import type { ImportSummary } from './summary';

const MAX_EXAMPLES = 50;

type Match =
	| { kind: 'existing'; id: string; name: string; inFile: boolean; by: 'email' | 'phone' }
	| { kind: 'pending'; index: number; name: string; by: 'email' | 'phone' };

const COLUMN: Partial<Record<CustomerField, keyof CustomerValues>> = { owner: 'owner_id' };

/** The columns a row sets on an existing customer: only those it has a value for. */
function provided(row: ValidRow): Partial<CustomerValues> {
	const values = toValues(row.input, row.owner);
	const out: Record<string, unknown> = {};
	for (const f of row.provided) {
		const column = COLUMN[f] ?? (f as keyof CustomerValues);
		out[column] = values[column];
	}
	return out as Partial<CustomerValues>;
}

/** The register's customers that share an email or phone key with a row of the batch. */
function lookUp(db: Kysely<DB>, orgId: string, batch: ValidRow[]) {
	const emails = [...new Set(batch.map((r) => r.emailKey).filter((k) => k !== null))];
	const phones = [...new Set(batch.map((r) => r.phoneKey).filter((k) => k !== null))];
	return db
		.selectFrom('customers')
		.select(['id', 'seq', 'name', 'email_key', 'phone_key', 'import_id'])
		.where('organisation_id', '=', orgId)
		.where('archived_at', 'is', null)
		.where(sql<boolean>`(email_key = any(${emails}::text[]) or phone_key = any(${phones}::text[]))`)
		.orderBy('seq')
		.execute();
}

function example(
	summary: ImportSummary,
	row: ValidRow,
	matched: string,
	by: Match['by'],
	inFile: boolean
) {
	if (inFile) summary.duplicatesInFile++;
	else summary.duplicatesInRegister++;
	if (summary.duplicates.length < MAX_EXAMPLES)
		summary.duplicates.push({ row: row.row, name: row.input.name, matched, by, inFile });
}

export function batchWriter(
	trx: Transaction<DB>,
	imp: ImportRecord,
	policy: DuplicatePolicy,
	userId: string,
	summary: ImportSummary
) {
	const orgId = imp.organisation_id;
	return async (batch: ValidRow[]) => {
		if (batch.length === 0) return;
		const found = await lookUp(trx, orgId, batch);
		const byEmail = new Map<string, Match>();
		const byPhone = new Map<string, Match>();
		for (const c of found) {
			const m = {
				kind: 'existing' as const,
				id: c.id,
				name: c.name,
				inFile: c.import_id === imp.id
			};
			if (c.email_key && !byEmail.has(c.email_key)) byEmail.set(c.email_key, { ...m, by: 'email' });
			if (c.phone_key && !byPhone.has(c.phone_key)) byPhone.set(c.phone_key, { ...m, by: 'phone' });
		}

		const creates: CustomerValues[] = [];
		const updates = new Map<string, Partial<CustomerValues>>();
		for (const row of batch) {
			const match =
				(row.emailKey ? byEmail.get(row.emailKey) : undefined) ??
				(row.phoneKey ? byPhone.get(row.phoneKey) : undefined);
			if (!match) {
				const index = creates.push(toValues(row.input, row.owner)) - 1;
				const m = { kind: 'pending' as const, index, name: row.input.name };
				if (row.emailKey) byEmail.set(row.emailKey, { ...m, by: 'email' });
				if (row.phoneKey) byPhone.set(row.phoneKey, { ...m, by: 'phone' });
				continue;
			}
			example(summary, row, match.name, match.by, match.kind === 'pending' || match.inFile);
			if (policy === 'skip') summary.skipped++;
			else if (policy === 'create') creates.push(toValues(row.input, row.owner));
			else {
				summary.updated++;
				// A later row of the file wins over an earlier one, field by field.
				if (match.kind === 'pending')
					Object.assign(creates[match.index] as CustomerValues, provided(row));
				else updates.set(match.id, { ...updates.get(match.id), ...provided(row) });
			}
		}

		await insertMany(trx, orgId, userId, imp.id, creates);
		summary.created += creates.length;
		if (updates.size) await applyUpdates(trx, orgId, updates);
	};
}

/** A customer as the writer would find it after the batches so far: of the register or the file. */
interface Known {
	name: string;
	email: string | null;
	phone: string | null;
	/** The register's order (`seq`); the file's rows come after all of it, in their order. */
	order: number;
	inFile: boolean;
}

const FILE_ORDER = 2 ** 52;

/**
 * What `batchWriter` would count, writing nothing: the register is only read, and what the
 * writer would have changed by now is kept here instead — the file's earlier rows, and the
 * names, emails and phones that "update" rows gave to customers matched earlier. A lookup by key
 * takes, as the writer's does, the first customer in the register's order that has that key now.
 * As in the writer, a batch's changes to customers are seen from the next batch on; the rows it
 * creates without a match are seen at once.
 */
export function batchChecker(imp: ImportRecord, policy: DuplicatePolicy, summary: ImportSummary) {
	const orgId = imp.organisation_id;
	const index = { email: new Map<string, Known[]>(), phone: new Map<string, Known[]>() };
	const register = new Map<string, Known>();
	let fileRows = 0;
	const file = (row: ValidRow): Known => ({
		name: row.input.name,
		email: row.emailKey,
		phone: row.phoneKey,
		order: FILE_ORDER + fileRows++,
		inFile: true
	});
	const add = (kind: 'email' | 'phone', known: Known) => {
		const key = known[kind];
		if (key === null) return;
		const list = index[kind].get(key);
		if (!list) index[kind].set(key, [known]);
		else if (!list.includes(known)) list.push(known);
	};
	const find = (kind: 'email' | 'phone', key: string | null): Known | undefined => {
		if (key === null) return undefined;
		let first: Known | undefined;
		for (const k of index[kind].get(key) ?? [])
			if (k[kind] === key && (!first || k.order < first.order)) first = k;
		return first;
	};
	return async (db: Kysely<DB>, batch: ValidRow[]) => {
		if (batch.length === 0) return;
		for (const c of await lookUp(db, orgId, batch)) {
			if (register.has(c.id)) continue;
			const known: Known = {
				name: c.name,
				email: c.email_key,
				phone: c.phone_key,
				order: Number(c.seq),
				inFile: false
			};
			register.set(c.id, known);
			add('email', known);
			add('phone', known);
		}
		// What the batch changes in customers found, in row order: seen from the next batch on.
		const later: (() => void)[] = [];
		for (const row of batch) {
			const byEmail = find('email', row.emailKey);
			const match = byEmail ?? find('phone', row.phoneKey);
			if (!match) {
				summary.created++;
				const known = file(row);
				add('email', known);
				add('phone', known);
				continue;
			}
			example(summary, row, match.name, byEmail ? 'email' : 'phone', match.inFile);
			if (policy === 'skip') summary.skipped++;
			else if (policy === 'create') {
				summary.created++;
				const known = file(row);
				later.push(() => {
					add('email', known);
					add('phone', known);
				});
			} else {
				summary.updated++;
				later.push(() => {
					match.name = row.input.name;
					if (row.provided.includes('email')) {
						match.email = row.emailKey;
						add('email', match);
					}
					if (row.provided.includes('phone')) {
						match.phone = row.phoneKey;
						add('phone', match);
					}
				});
			}
		}
		for (const step of later) step();
	};
}

// All of a batch's updates in one statement; a column a row left empty keeps its value.
async function applyUpdates(
	trx: Transaction<DB>,
	orgId: string,
	updates: Map<string, Partial<CustomerValues>>
) {
	const rows = JSON.stringify([...updates].map(([id, v]) => ({ ...v, id })));
	await sql`
		update customers c set
			kind = coalesce(v.kind, c.kind), name = coalesce(v.name, c.name),
			tier = coalesce(v.tier, c.tier), tags = coalesce(v.tags, c.tags),
			channel = coalesce(v.channel, c.channel), email = coalesce(v.email, c.email),
			phone = coalesce(v.phone, c.phone), city = coalesce(v.city, c.city),
			industry = coalesce(v.industry, c.industry),
			annual_value = coalesce(v.annual_value, c.annual_value),
			acquisition_source = coalesce(v.acquisition_source, c.acquisition_source),
			acquisition_cost = coalesce(v.acquisition_cost, c.acquisition_cost),
			owner_id = coalesce(v.owner_id, c.owner_id), consent = coalesce(v.consent, c.consent),
			consent_at = coalesce(v.consent_at, c.consent_at), notes = coalesce(v.notes, c.notes),
			version = c.version + 1, updated_at = now()
		from jsonb_to_recordset(${rows}::jsonb) as v(
			id uuid, kind text, name text, tier text, tags text[], channel text, email text,
			phone text, city text, industry text, annual_value numeric, acquisition_source text,
			acquisition_cost numeric, owner_id uuid, consent boolean, consent_at date, notes text)
		where c.id = v.id and c.organisation_id = ${orgId}`.execute(trx);
}
