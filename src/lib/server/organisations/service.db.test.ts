import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/connect';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { createSession, validateSessionToken } from '$lib/server/auth/session';
import * as repo from './repository';
import * as service from './service';

let database: Database;
let n = 0;
async function user(name: string) {
	const row = await database.db
		.insertInto('users')
		.values({ email: `${name}-${++n}@example.com`, name, password_hash: 'x' })
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

beforeAll(async () => {
	database = await testDatabase();
});
afterAll(() => database.close());

describe(`organisations (${testEngine()})`, () => {
	it('makes the creator the owner and lists only the user’s own organisations', async () => {
		const [ana, ben] = [await user('ana'), await user('ben')];
		const a = await repo.create(database.db, ana, 'Ana Co');
		await repo.create(database.db, ben, 'Ben Co');
		expect(await repo.listForUser(database.db, ana)).toEqual([
			{ id: a.id, name: 'Ana Co', role: 'owner' }
		]);
		expect(await repo.findForMember(database.db, a.id, ben)).toBeUndefined();
	});

	it('accepts an invitation exactly once, with the invited role', async () => {
		const [owner, guest, late] = [await user('o'), await user('g'), await user('l')];
		const org = await repo.create(database.db, owner, 'Invites Co');
		const token = await service.createInvitation(database.db, org.id, 'viewer', owner);
		expect(await service.findOpenInvitation(database.db, token)).toMatchObject({
			role: 'viewer',
			organisation_name: 'Invites Co'
		});
		expect(await service.acceptInvitation(database.db, token, guest)).toEqual({
			ok: true,
			organisationId: org.id
		});
		expect((await repo.findForMember(database.db, org.id, guest))?.role).toBe('viewer');
		expect(await service.acceptInvitation(database.db, token, late)).toEqual({
			ok: false,
			error: 'errors.invitation_invalid'
		});
		expect(await repo.findForMember(database.db, org.id, late)).toBeUndefined();
	});

	it('refuses expired, revoked and malformed invitations', async () => {
		const [owner, guest] = [await user('o'), await user('g')];
		const org = await repo.create(database.db, owner, 'Expiry Co');
		const expired = await service.createInvitation(database.db, org.id, 'consultant', owner);
		await database.db
			.updateTable('invitations')
			.set({ expires_at: new Date(Date.now() - 1000) })
			.where('organisation_id', '=', org.id)
			.execute();
		const revoked = await service.createInvitation(database.db, org.id, 'consultant', owner);
		const open = await repo.listOpenInvitations(database.db, org.id);
		expect(open).toHaveLength(1);
		await service.revokeInvitation(database.db, org.id, open[0]?.id as string);
		for (const token of [expired, revoked, 'not-a-token', ''])
			expect((await service.acceptInvitation(database.db, token, guest)).ok).toBe(false);
		expect(await repo.listMembers(database.db, org.id)).toHaveLength(1);
	});

	it('never leaves an organisation without an owner', async () => {
		const [owner, second] = [await user('o'), await user('s')];
		const org = await repo.create(database.db, owner, 'Owners Co');
		const last = { ok: false, error: 'errors.last_owner' };
		expect(await service.removeMember(database.db, org.id, owner)).toEqual(last);
		expect(await service.changeRole(database.db, org.id, owner, 'viewer')).toEqual(last);

		const token = await service.createInvitation(database.db, org.id, 'owner', owner);
		await service.acceptInvitation(database.db, token, second);
		// With two owners, one may step down or leave; then the other is the last again.
		expect(await service.changeRole(database.db, org.id, owner, 'consultant')).toEqual({
			ok: true
		});
		expect(await service.removeMember(database.db, org.id, second)).toEqual(last);
		expect(await service.removeMember(database.db, org.id, owner)).toEqual({ ok: true });
		expect(await repo.listMembers(database.db, org.id)).toMatchObject([
			{ id: second, role: 'owner' }
		]);
	});

	it('changes roles and removes members only within the organisation', async () => {
		const [owner, other] = [await user('o'), await user('x')];
		const org = await repo.create(database.db, owner, 'Scope Co');
		const elsewhere = await repo.create(database.db, other, 'Elsewhere');
		const notFound = { ok: false, error: 'errors.not_found' };
		expect(await service.changeRole(database.db, org.id, other, 'viewer')).toEqual(notFound);
		expect(await service.removeMember(database.db, org.id, other)).toEqual(notFound);
		expect((await repo.findForMember(database.db, elsewhere.id, other))?.role).toBe('owner');
	});

	it('reads the user’s organisations with the session, as the organisation list does', async () => {
		const [ana, ben] = [await user('ana'), await user('ben')];
		const zeta = await repo.create(database.db, ana, 'Zeta Ltd');
		const alpha = await repo.create(database.db, ben, 'Alpha Co');
		const token = await service.createInvitation(database.db, alpha.id, 'consultant', ben);
		await service.acceptInvitation(database.db, token, ana);
		const { token: cookie } = await createSession(database.db, ana);

		const first = await validateSessionToken(database.db, cookie);
		// Name order, each with this user's role; exactly what listForUser answers.
		expect(first?.memberships).toEqual([
			{ id: alpha.id, name: 'Alpha Co', role: 'consultant' },
			{ id: zeta.id, name: 'Zeta Ltd', role: 'owner' }
		]);
		expect(first?.memberships).toEqual(await repo.listForUser(database.db, ana));

		// Removed from one: the next request's session no longer carries it.
		await service.removeMember(database.db, alpha.id, ana);
		expect((await validateSessionToken(database.db, cookie))?.memberships).toEqual([
			{ id: zeta.id, name: 'Zeta Ltd', role: 'owner' }
		]);
		// A user in no organisation gets an empty list, not null.
		const { token: loner } = await createSession(database.db, await user('cy'));
		expect((await validateSessionToken(database.db, loner))?.memberships).toEqual([]);
	});
});
