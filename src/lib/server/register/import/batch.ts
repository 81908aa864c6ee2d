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
		.select(['id', 'name', 'email_key', 'phone_key', 'import_id'])
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

/** A customer a later row may match: one of the register (with its id) or a row of the file. */
interface Earlier {
	name: string;
	id?: string;
}

/**
 * What `batchWriter` would count, writing nothing: the register is only read, and the file's
 * earlier rows are remembered here (by key, first row first, as the register would order them).
 * Counts are the writer's, except in one case: a row that, under "update", changes the email or
 * phone of a customer matched earlier is matched later by the old key, not the new one.
 */
export function batchChecker(imp: ImportRecord, policy: DuplicatePolicy, summary: ImportSummary) {
	const orgId = imp.organisation_id;
	const fileEmail = new Map<string, Earlier>();
	const filePhone = new Map<string, Earlier>();
	// Register customers an "update" row renamed: the writer would read the new name back.
	const renamed = new Map<string, Earlier>();
	const remember = (row: ValidRow, earlier: Earlier) => {
		if (row.emailKey && !fileEmail.has(row.emailKey)) fileEmail.set(row.emailKey, earlier);
		if (row.phoneKey && !filePhone.has(row.phoneKey)) filePhone.set(row.phoneKey, earlier);
	};
	return async (db: Kysely<DB>, batch: ValidRow[]) => {
		if (batch.length === 0) return;
		const found = await lookUp(db, orgId, batch);
		const byEmail = new Map<string, Earlier>();
		const byPhone = new Map<string, Earlier>();
		for (const c of found) {
			const customer = renamed.get(c.id) ?? { name: c.name, id: c.id };
			if (c.email_key && !byEmail.has(c.email_key)) byEmail.set(c.email_key, customer);
			if (c.phone_key && !byPhone.has(c.phone_key)) byPhone.set(c.phone_key, customer);
		}
		// As the writer's: rows created after a match, and renames, are seen from the next batch.
		const later: (() => void)[] = [];
		for (const row of batch) {
			const get = (key: string | null, map: Map<string, Earlier>) =>
				key === null ? undefined : map.get(key);
			let match: { earlier: Earlier; by: Match['by']; inFile: boolean } | undefined;
			for (const [by, key, register, file] of [
				['email', row.emailKey, byEmail, fileEmail],
				['phone', row.phoneKey, byPhone, filePhone]
			] as const) {
				const customer = get(key, register);
				const earlier = customer ? undefined : get(key, file);
				if (customer) match = { earlier: customer, by, inFile: false };
				else if (earlier) match = { earlier, by, inFile: true };
				if (match) break;
			}
			if (!match) {
				summary.created++;
				remember(row, { name: row.input.name });
				continue;
			}
			example(summary, row, match.earlier.name, match.by, match.inFile);
			if (policy === 'skip') summary.skipped++;
			else if (policy === 'create') {
				summary.created++;
				later.push(() => remember(row, { name: row.input.name }));
			} else {
				summary.updated++;
				const { earlier } = match;
				const name = row.input.name;
				later.push(() =>
					earlier.id ? renamed.set(earlier.id, { ...earlier, name }) : (earlier.name = name)
				);
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
