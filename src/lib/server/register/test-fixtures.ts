// Small factories for the register's tests: an organisation with its owner, and customer
// input as a form or CSV row would give it.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { create as createOrganisation } from '$lib/server/organisations/repository';
import { customerSchema, type CustomerInput } from './schema';

let n = 0;

export async function seedOrganisation(db: Kysely<DB>, name = 'Org') {
	const user = await db
		.insertInto('users')
		.values({
			email: `owner-${++n}-${Date.now()}@example.com`,
			name: `${name} Owner`,
			password_hash: 'x'
		})
		.returning(['id', 'email'])
		.executeTakeFirstOrThrow();
	const org = await createOrganisation(db, user.id, name);
	return { orgId: org.id, userId: user.id, email: user.email };
}

/** Customer input parsed from string fields, exactly as a form post would be. */
export function input(fields: Record<string, string> = {}): CustomerInput {
	return customerSchema.parse({ name: `Customer ${++n}`, ...fields });
}
