// Factories for the workshop's integration tests: an organisation with an open workshop, and
// participants joining it the way the join action does.
import type { Cookies } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Stage } from '$lib/questionnaires/schema';
import type { RoleLayer } from '$lib/scoring';
import { pinnedContent } from '$lib/server/assessments/content';
import { create } from '$lib/server/assessments/repository';
import type { DB } from '$lib/server/db/schema';
import * as organisations from '$lib/server/organisations/repository';
import { generateJoinCode } from './code';
import { join, PARTICIPANT_COOKIE, visit } from './participants';
import { openSession, setSection } from './repository';

let n = 0;

export async function workshopFixture(
	db: Kysely<DB>,
	options: { anonymous?: boolean; stage?: Stage | null } = {}
) {
	const user = await db
		.insertInto('users')
		.values({
			email: `w-${++n}-${Date.now()}@example.com`,
			name: 'Facilitator',
			password_hash: 'x'
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	const org = await organisations.create(db, user.id, `Workshop Co ${n}`);
	const lenses = ['strategic-planning', 'failure-risks', 'building-blocks'];
	const id = await create(db, {
		organisationId: org.id,
		title: 'Workshop',
		mode: 'workshop',
		anonymous: options.anonymous ?? false,
		locale: 'en',
		lenses,
		createdBy: user.id,
		stage: options.stage ?? null
	});
	await openSession(db, org.id, id, generateJoinCode(), 12);
	for (const lens of lenses) await setSection(db, org.id, id, lens, true);
	const row = await db
		.selectFrom('assessments')
		.select('join_code')
		.where('id', '=', id)
		.executeTakeFirstOrThrow();
	const content = await pinnedContent(db, id);
	const first = content.lenses[0]?.items[0];
	if (!row.join_code || !first) throw new Error('fixture: no join code or no item');
	return { orgId: org.id, id, code: row.join_code, content, firstItem: first };
}

/** Just enough of SvelteKit's cookies for the participant code. */
export function cookieJar(initial: Record<string, string> = {}): Cookies {
	const values = new Map(Object.entries(initial));
	const jar = {
		get: (name: string) => values.get(name),
		getAll: () => [...values].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string) => void values.set(name, value),
		delete: (name: string) => void values.delete(name),
		serialize: () => ''
	};
	return jar as unknown as Cookies;
}

export async function joinAs(
	db: Kysely<DB>,
	code: string,
	role: RoleLayer,
	extra: { name?: string | null; department?: string | null } = {}
) {
	const cookies = cookieJar();
	const first = await visit(db, code, cookies);
	if (!first) throw new Error(`no workshop for ${code}`);
	await join(db, { cookies, url: new URL('http://localhost/') }, first, {
		role,
		name: extra.name ?? null,
		department: extra.department ?? null
	});
	const token = cookies.get(PARTICIPANT_COOKIE) ?? '';
	const again = await visit(db, code, cookies);
	if (!again?.respondentId) throw new Error('joined, but the token does not find the participant');
	return { token, cookies, visit: again };
}
