// Sessions are cached for a few seconds (src/lib/server/auth/session-cache.ts), and that must
// never let anyone keep what they just lost: a signed-out session, a removed member — on the
// instance that made the change and, on PostgreSQL, on another instance behind the same database.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Client, createOrganisation, signUp } from './client';
import { freePort, waitForHealth } from './server';

const engine = inject('engine');

/** An owner, their organisation and a member (a consultant) who has signed in. */
async function team() {
	const owner = new Client();
	await signUp(owner, 'Owner Olga');
	const orgId = await createOrganisation(owner, 'Cached Ltd');
	const invite = await owner.action(`/orgs/${orgId}/settings?/invite`, { role: 'consultant' });
	const link = (invite.data as { invite: { link: string } }).invite.link;
	const member = new Client();
	const account = await signUp(member, 'Member Mina');
	expect((await member.action(new URL(link).pathname, {})).type).toBe('redirect');
	const settings = await (await owner.get(`/orgs/${orgId}/settings`)).text();
	const ids = [...settings.matchAll(/name="userId" value="([0-9a-f-]{36})"/g)].map((m) => m[1]);
	return { owner, orgId, member, account, memberIds: [...new Set(ids)] as string[] };
}

async function removeMember(owner: Client, orgId: string, ids: string[], except: Client) {
	// The member's id is the one on the settings page that is not the owner's own (which has
	// no remove form); try each until the member has gone.
	for (const userId of ids) {
		const res = await owner.action(`/orgs/${orgId}/settings?/remove`, { userId });
		if (res.type === 'success') return;
	}
	throw new Error(`could not remove the member (${except.base})`);
}

describe(`cached sessions (${engine})`, () => {
	it('a signed-out session stops opening pages at once', async () => {
		const me = new Client();
		await signUp(me, 'Leaving Laleh');
		const token = me.cookie('session') as string;
		for (let i = 0; i < 3; i++) expect((await me.get('/account')).status).toBe(200);
		expect((await me.action('/logout?/here')).type).toBe('redirect');
		// The same token, replayed from elsewhere, straight after the sign-out.
		const replay = await me.request('GET', '/account', {
			headers: { cookie: `session=${token}` }
		});
		expect(replay.status).toBe(303);
		expect(replay.headers.get('location')).toMatch(/^\/login/);
	});

	it('a removed member loses the organisation at once', async () => {
		const { owner, orgId, member, memberIds } = await team();
		for (let i = 0; i < 3; i++) expect((await member.get(`/orgs/${orgId}`)).status).toBe(200);
		await removeMember(owner, orgId, memberIds, member);
		expect((await member.get(`/orgs/${orgId}`)).status).toBe(404);
		// …and the organisation is gone from the switcher on their next page.
		expect(await (await member.get('/orgs')).text()).not.toContain('Cached Ltd');
	});

	it('a new organisation shows at once in its creator’s switcher', async () => {
		const me = new Client();
		await signUp(me, 'Founder Farid');
		for (let i = 0; i < 3; i++) await me.get('/orgs');
		const orgId = await createOrganisation(me, 'Brand New Co');
		expect((await me.get(`/orgs/${orgId}`)).status).toBe(200);
	});
});

describe.runIf(engine === 'postgres')('cached sessions across two instances (postgres)', () => {
	let second: ChildProcess;
	let base = '';
	beforeAll(async () => {
		const port = await freePort();
		base = `http://127.0.0.1:${port}`;
		second = spawn(process.execPath, ['build/index.js'], {
			env: {
				...process.env,
				DATABASE_URL: inject('databaseUrl'),
				PORT: String(port),
				ORIGIN: base,
				ADDRESS_HEADER: 'x-forwarded-for',
				XFF_DEPTH: '1'
			},
			stdio: 'ignore'
		});
		await waitForHealth(base, second);
	});
	afterAll(async () => {
		second.kill('SIGTERM');
		await new Promise((r) => second.once('exit', r));
	});

	it('a member removed on one instance loses the organisation on the other at once', async () => {
		const { owner, orgId, account, memberIds } = await team();
		const there = new Client(base);
		const login = await there.action('/login', {
			email: account.email,
			password: account.password
		});
		expect(login.type).toBe('redirect');
		// Read on the second instance several times, so that its cache holds the session.
		for (let i = 0; i < 3; i++) expect((await there.get(`/orgs/${orgId}`)).status).toBe(200);
		await removeMember(owner, orgId, memberIds, there);
		// The change is announced before the owner's request is answered; the second instance
		// hears it within milliseconds — long before its cache would expire (5 s).
		const started = Date.now();
		let status = 0;
		while (Date.now() - started < 2000) {
			status = (await there.get(`/orgs/${orgId}`)).status;
			if (status === 404) break;
			await new Promise((r) => setTimeout(r, 25));
		}
		expect(status).toBe(404);
		console.log(`[sessions:postgres] the other instance refused after ${Date.now() - started} ms`);
	});
});
