// The live workshop through the HTTP the browser uses, against the production build on each
// engine: joining, idempotent saves, live events, token isolation, closing, roles, anonymity.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LiveSnapshot, ParticipantView } from '../../src/lib/workshop/snapshot';
import { Client, signUp } from './client';
import {
	joinWorkshop,
	save,
	startWorkshop,
	Stream,
	VISION,
	type Workshop
} from './workshop-support';

const engine = inject('engine');
const key = `${VISION.item}/${VISION.statement}`;
const answer = (level: number | 'dont-know', seq: number) => ({ ...VISION, answer: level, seq });
const statement = (s: LiveSnapshot) => s.statements.find((x) => x.key === key);
const streams: Stream[] = [];

async function stream(client: Client, path: string) {
	const s = await Stream.open(client, path);
	streams.push(s);
	return s;
}
afterAll(() => streams.forEach((s) => s.close()));

describe(`live workshop over HTTP (${engine})`, () => {
	let w: Workshop;
	beforeAll(async () => {
		w = await startWorkshop();
	});

	it('lets a participant join without an account and shows the save on the live view', async () => {
		const view = await stream(w.facilitator, `${w.base}/live/events`);
		expect(view.status).toBe(200);
		expect((await view.next<LiveSnapshot>('snapshot')).joined).toBe(0);

		const page = await (await new Client().get(`/j/${w.code}`)).text();
		expect(page).toContain('name="role"');
		expect(page).toContain('name="name"');
		const p = await joinWorkshop(w.code, {
			role: 'executive',
			department: 'Dept-Kestrel',
			name: 'Zarnegar'
		});
		expect((await save(p, w.code, [answer(3, 1)])).status).toBe(200);

		const seen = await view.next<LiveSnapshot>('snapshot', (s) => statement(s)?.answered === 1);
		expect(seen).toMatchObject({ joined: 1, answering: 1 });
		expect(statement(seen)?.distribution).toEqual([0, 0, 0, 1, 0]);
		// Aggregates only: no name, department or respondent id ever travels to the live view.
		expect(JSON.stringify(seen)).not.toMatch(/Zarnegar|Kestrel|respondent/i);
	});

	it('saves idempotently: the same batch twice is one answer, an older retry changes nothing', async () => {
		const p = await joinWorkshop(w.code, { role: 'specialist' });
		const view = await stream(w.facilitator, `${w.base}/live/events`);
		for (const batch of [[answer(1, 50)], [answer(1, 50)], [answer(4, 10)]]) {
			const res = await save(p, w.code, batch);
			expect(res.status).toBe(200);
		}
		// Two participants answered the statement once each: the executive's 3, and this one's 1
		// (the late retry with seq 10 did not overwrite the answer saved with seq 50).
		const seen = await view.next<LiveSnapshot>('snapshot', (s) => statement(s)?.answered === 2);
		expect(statement(seen)?.distribution).toEqual([0, 1, 0, 1, 0]);
	});

	it('never lets a participant token read or write another workshop', async () => {
		const other = await startWorkshop({ facilitator: w.facilitator, orgId: w.orgId });
		const p = await joinWorkshop(w.code, { role: 'other' });
		// The cookie is scoped to /j/<code> in browsers; this client sends it everywhere anyway.
		const res = await save(p, other.code, [answer(2, 1)]);
		expect(res.status).toBe(403);
		expect(await res.json()).toEqual({ message: 'join.errors.not_joined' });
		expect((await p.get(`/j/${other.code}`)).status).toBe(200);
		expect(await (await p.get(`/j/${other.code}`)).text()).toContain('name="role"');
		expect((await stream(p, `/j/${other.code}/events`)).status).toBe(403);
	});

	it('answers 404 to codes that are not workshops, and 403 to strangers', async () => {
		const stranger = new Client();
		for (const junk of ['abc', 'aaaaaaaaaa', '%E2%80%AE', "1'or'1'='1", 'ABCDEFGHJKLMNPQ'])
			expect((await stranger.get(`/j/${junk}`)).status, junk).toBe(404);
		const res = await save(stranger, w.code, [answer(2, 1)]);
		expect(res.status).toBe(403);
		expect((await stream(stranger, `/j/${w.code}/events`)).status).toBe(403);
		// Capitals, as typed from a projector, lead to the same workshop.
		const upper = await stranger.get(`/j/${w.code.toUpperCase()}`);
		expect(upper.status).toBe(308);
		expect(upper.headers.get('location')).toBe(`/j/${w.code}`);
	});

	it('follows the session on participants’ phones: reveal shows the group summary only', async () => {
		const p = await joinWorkshop(w.code, { role: 'consultant' });
		const phone = await stream(p, `/j/${w.code}/events`);
		expect(phone.status).toBe(200);
		expect(await phone.next<ParticipantView>('state')).toMatchObject({ summary: null });
		expect((await w.facilitator.action(`${w.base}/live?/reveal`)).type).toBe('success');
		const revealed = await phone.next<ParticipantView>('state', (v) => v.state.revealed);
		expect(Object.keys(revealed.summary ?? {}).sort()).toEqual([
			'band',
			'index',
			'lenses',
			'respondents'
		]);
		expect((await w.facilitator.action(`${w.base}/live?/hide`)).type).toBe('success');
		await phone.next<ParticipantView>('state', (v) => !v.state.revealed && v.summary === null);
	});

	it('lets a viewer watch but not run the session (403)', async () => {
		const invite = await w.facilitator.action(`/orgs/${w.orgId}/settings?/invite`, {
			role: 'viewer'
		});
		const link = (invite.data as { invite: { link: string } }).invite.link;
		const viewer = new Client();
		await signUp(viewer, 'Vic Viewer');
		await viewer.action(new URL(link).pathname, {});
		const page = await viewer.get(`${w.base}/live`);
		expect(page.status).toBe(200);
		expect(await page.text()).not.toContain('?/close');
		for (const action of ['open', 'reveal', 'hide', 'close'])
			expect((await viewer.action(`${w.base}/live?/${action}`)).status, action).toBe(403);
		const section = await viewer.action(`${w.base}/live?/section`, {
			lens: 'failure-risks',
			open: 'false'
		});
		expect(section.status).toBe(403);
		expect((await stream(viewer, `${w.base}/live/events`)).status).toBe(200);
	});

	it('refuses answers with a clear message once the session is closed', async () => {
		const s = await startWorkshop({ facilitator: w.facilitator, orgId: w.orgId });
		const p = await joinWorkshop(s.code, { role: 'middle_manager' });
		const phone = await stream(p, `/j/${s.code}/events`);
		await phone.next<ParticipantView>('state');
		expect((await s.facilitator.action(`${s.base}/live?/close`)).type).toBe('success');
		await phone.next<ParticipantView>('state', (v) => v.state.status === 'closed');

		const late = await save(p, s.code, [answer(2, 1)]);
		expect(late.status).toBe(409);
		expect(await late.json()).toEqual({ message: 'join.errors.closed' });
		const page = await (await p.get(`/j/${s.code}`)).text();
		expect(page).toContain('This session has closed');
		// The token stopped working: the browser is told to forget it.
		expect(p.cookie('crm_participant')).toBeUndefined();
		const newcomer = await new Client().action(`/j/${s.code}?/join`, { role: 'executive' });
		expect(newcomer).toMatchObject({
			status: 409,
			data: { errors: { _form: { key: 'join.errors.join_closed' } } }
		});
	});
});

describe(`anonymous workshop over HTTP (${engine})`, () => {
	it('stores no name, offers no name field and shows no group smaller than three', async () => {
		const w = await startWorkshop({ anonymous: true });
		expect(await (await new Client().get(`/j/${w.code}`)).text()).not.toContain('name="name"');
		const people = [
			{ role: 'executive', department: 'Dept-Osprey', name: 'Ana Quillfeather' },
			{ role: 'specialist', department: 'Dept-Heron', name: 'Bo Zarnegar' }
		];
		const clients = [];
		for (const p of people) clients.push(await joinWorkshop(w.code, p));
		const view = await stream(w.facilitator, `${w.base}/live/events`);
		for (const [i, c] of clients.entries())
			expect((await save(c, w.code, [answer(i * 4, 1)])).status).toBe(200);
		// Two answers: an anonymous session shows neither the distribution nor a score.
		const two = await view.next<LiveSnapshot>('snapshot', (s) => statement(s)?.answered === 2);
		expect(statement(two)?.distribution).toBeNull();
		expect(two.index).toBeNull();

		clients.push(await joinWorkshop(w.code, { role: 'other', department: 'Dept-Kestrel' }));
		expect((await save(clients[2] as Client, w.code, [answer(2, 1)])).status).toBe(200);
		const open = await view.next<LiveSnapshot>('snapshot', (s) => statement(s)?.answered === 3);
		// Three answers, but the section is still open: a save never moves an anonymous figure.
		expect(statement(open)?.distribution).toBeNull();
		expect(open.index).toBeNull();
		const lens = statement(open)?.lens as string;
		const closed = await w.facilitator.action(`${w.base}/live?/section`, { lens, open: 'false' });
		expect(closed.type).toBe('success');
		const three = await view.next<LiveSnapshot>(
			'snapshot',
			(s) => !s.state.openSections.includes(lens)
		);
		expect(statement(three)?.distribution).toEqual([1, 0, 1, 0, 1]);
		// One person per role layer: no role gap can be shown.
		expect(three.discussion.every((d) => d.gap === null)).toBe(true);
		const html = await (await w.facilitator.get(`${w.base}/live`)).text();
		for (const text of [JSON.stringify(three), html])
			expect(text).not.toMatch(/Quillfeather|Zarnegar|Osprey|Heron|Kestrel/);

		const url = inject('databaseUrl');
		if (url) {
			const db = new pg.Client({ connectionString: url });
			await db.connect();
			const { rows } = await db.query(
				`select name from respondents r join assessments a on a.id = r.assessment_id
				 where a.join_code = $1`,
				[w.code]
			);
			await db.end();
			expect(rows).toEqual([{ name: null }, { name: null }, { name: null }]);
		}
	});
});
