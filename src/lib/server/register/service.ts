// The rules around a customer write: the owner must be a member of the organisation (named by
// id in forms, by email in CSV files), and an edit must start from the current version.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import type { FieldErrors } from '$lib/server/forms';
import { listMembers } from '$lib/server/organisations/repository';
import * as customers from './customers';
import type { CustomerInput } from './schema';

export interface Member {
	id: string;
	name: string;
	email: string;
}

export async function members(db: Kysely<DB>, orgId: string): Promise<Member[]> {
	return (await listMembers(db, orgId)).map(({ id, name, email }) => ({ id, name, email }));
}

/** A member by id or email; undefined when the value names nobody in the organisation. */
export function resolveOwner(all: Member[], value: string | null): string | null | undefined {
	if (value === null) return null;
	const v = value.trim().toLowerCase();
	return all.find((m) => m.id === v || m.email.toLowerCase() === v)?.id;
}

const OWNER_ERROR: FieldErrors = { owner: { key: 'register.errors.owner' } };

export type SaveResult =
	{ ok: true; id: string } | { ok: false; status: 400 | 404 | 409; errors: FieldErrors };

export async function create(
	db: Kysely<DB>,
	orgId: string,
	input: CustomerInput,
	userId: string
): Promise<SaveResult> {
	const owner = resolveOwner(await members(db, orgId), input.owner);
	if (owner === undefined) return { ok: false, status: 400, errors: OWNER_ERROR };
	const id = await customers.create(db, orgId, customers.toValues(input, owner), userId);
	return { ok: true, id };
}

export async function edit(
	db: Kysely<DB>,
	orgId: string,
	id: string,
	version: number,
	input: CustomerInput
): Promise<SaveResult> {
	const owner = resolveOwner(await members(db, orgId), input.owner);
	if (owner === undefined) return { ok: false, status: 400, errors: OWNER_ERROR };
	const result = await customers.update(db, orgId, id, version, customers.toValues(input, owner));
	if (result === 'ok') return { ok: true, id };
	if (result === 'conflict')
		return { ok: false, status: 409, errors: { _form: { key: 'register.errors.conflict' } } };
	return { ok: false, status: 404, errors: { _form: { key: 'errors.not_found' } } };
}
