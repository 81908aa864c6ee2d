import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogues } from '$lib/i18n/catalogue';
import { translate } from '$lib/i18n/translate';
import { setStatus } from '$lib/server/assessments/repository';
import { generateToken, hashToken } from '$lib/server/tokens';
import type { Database } from '$lib/server/db/connect';
import { MemoryBus } from '$lib/server/events/memory';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { Announcer } from './announce';
import { PARTICIPANT_COOKIE, visit } from './participants';
import { joinable, setSection } from './repository';
import { joinSchema } from './schema';
import { saveAsParticipant } from './service';
import { cookieJar, joinAs, workshopFixture } from './test-support';

let database: Database;
const announcer = new Announcer(new MemoryBus());

beforeAll(async () => {
	database = await testDatabase();
});
afterAll(() => database.close());

async function answerRows(respondentId: string) {
	return database.db
		.selectFrom('answers')
		.select(['item_id', 'statement_id', 'level', 'client_seq'])
		.where('respondent_id', '=', respondentId)
		.execute();
}

describe(`workshop participants (${testEngine()})`, () => {
	it('stores only the hash of a participant token, and no name in an anonymous session', async () => {
		const w = await workshopFixture(database.db, { anonymous: true });
		const form = joinSchema(true).parse({ role: 'executive', department: 'Sales', name: 'Ana' });
		expect(form).toEqual({ role: 'executive', department: 'Sales', name: null });
		const p = await joinAs(database.db, w.code, form.role, form);
		const row = await database.db
			.selectFrom('respondents')
			.selectAll()
			.where('id', '=', p.visit.respondentId ?? '')
			.executeTakeFirstOrThrow();
		expect(p.token).toMatch(/^[a-z2-7]{32}$/);
		expect(row.token_hash).toBe(hashToken(p.token));
		expect(JSON.stringify(row)).not.toContain(p.token);
		expect(row.name).toBeNull();
		expect(row.user_id).toBeNull();

		const named = await workshopFixture(database.db);
		const form2 = joinSchema(false).parse({ role: 'specialist', name: 'Bahar' });
		const q = await joinAs(database.db, named.code, form2.role, form2);
		const row2 = await database.db
			.selectFrom('respondents')
			.select('name')
			.where('id', '=', q.visit.respondentId ?? '')
			.executeTakeFirstOrThrow();
		expect(row2.name).toBe('Bahar');
	});

	it('saves idempotently: one row per statement, and an older answer never overwrites a newer one', async () => {
		const w = await workshopFixture(database.db);
		const p = await joinAs(database.db, w.code, 'executive');
		const [s1, s2] = w.firstItem.statements;
		const batch = {
			answers: [
				{ item: w.firstItem.id, statement: s1?.id ?? '', answer: 3, seq: 10 },
				{ item: w.firstItem.id, statement: s2?.id ?? '', answer: 'dont-know' as const, seq: 11 }
			],
			comments: []
		};
		expect(await saveAsParticipant(database.db, announcer, p.visit, batch)).toEqual({
			ok: true,
			saved: 2
		});
		expect(await saveAsParticipant(database.db, announcer, p.visit, batch)).toMatchObject({
			ok: true
		});
		const id = p.visit.respondentId ?? '';
		expect(await answerRows(id)).toHaveLength(2);

		const newer = { item: w.firstItem.id, statement: s1?.id ?? '', answer: 1, seq: 20 };
		await saveAsParticipant(database.db, announcer, p.visit, { answers: [newer], comments: [] });
		// A late retry of the first batch (seq 10) arrives after the newer answer (seq 20).
		await saveAsParticipant(database.db, announcer, p.visit, batch);
		const rows = await answerRows(id);
		expect(rows).toHaveLength(2);
		expect(rows.find((r) => r.statement_id === s1?.id)).toMatchObject({ level: 1, client_seq: 20 });
		expect(rows.find((r) => r.statement_id === s2?.id)).toMatchObject({ level: null });
	});

	it('saves answers, comments and the place a participant left off, in any combination', async () => {
		const w = await workshopFixture(database.db);
		const p = await joinAs(database.db, w.code, 'consultant');
		const id = p.visit.respondentId ?? '';
		const item = w.firstItem.id;
		const statement = w.firstItem.statements[0]?.id ?? '';
		const place = async () =>
			(
				await database.db
					.selectFrom('respondents')
					.select('position')
					.where('id', '=', id)
					.executeTakeFirstOrThrow()
			).position;
		const batches = [
			{ answers: [{ item, statement, answer: 2, seq: 1 }], comments: [], position: `a/${item}` },
			{ answers: [], comments: [], position: 'b/next' },
			{ answers: [], comments: [{ item, body: 'We keep a list', seq: 2 }], position: 'c/next' }
		];
		const places = [];
		for (const batch of batches) {
			expect(await saveAsParticipant(database.db, announcer, p.visit, batch)).toMatchObject({
				ok: true
			});
			places.push(await place());
		}
		expect(places).toEqual([`a/${item}`, 'b/next', 'c/next']);
		expect(await answerRows(id)).toMatchObject([{ level: 2 }]);
		const comments = await database.db
			.selectFrom('answer_comments')
			.select('body')
			.where('respondent_id', '=', id)
			.execute();
		expect(comments).toEqual([{ body: 'We keep a list' }]);

		// The question page reads them back with the visit itself — this participant's only.
		const back = await visit(database.db, w.code, p.cookies, true);
		expect(back?.responses).toEqual({
			answers: { [`${item}/${statement}`]: 2 },
			notApplicable: {},
			comments: { [item]: 'We keep a list' }
		});
		const other = await joinAs(database.db, w.code, 'specialist');
		expect((await visit(database.db, w.code, other.cookies, true))?.responses).toEqual({
			answers: {},
			notApplicable: {},
			comments: {}
		});
		expect((await visit(database.db, w.code, cookieJar(), true))?.responses).toEqual({
			answers: {},
			notApplicable: {},
			comments: {}
		});
		expect((await visit(database.db, w.code, p.cookies))?.responses).toBeUndefined();
	});

	it('never lets a participant token read or write another workshop', async () => {
		const a = await workshopFixture(database.db);
		const b = await workshopFixture(database.db);
		const p = await joinAs(database.db, a.code, 'executive');
		// The token of workshop A, presented at workshop B, is nobody there.
		const atB = await visit(database.db, b.code, cookieJar({ [PARTICIPANT_COOKIE]: p.token }));
		expect(atB?.session.id).toBe(b.id);
		expect(atB?.respondentId).toBeNull();
		const statement = b.firstItem.statements[0]?.id ?? '';
		const answers = [{ item: b.firstItem.id, statement, answer: 4, seq: 1 }];
		const res =
			atB && (await saveAsParticipant(database.db, announcer, atB, { answers, comments: [] }));
		expect(res).toEqual({ ok: false, status: 403, error: 'join.errors.not_joined' });
		const written = await database.db
			.selectFrom('answers')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('assessment_id', '=', b.id)
			.executeTakeFirstOrThrow();
		expect(Number(written.n)).toBe(0);

		// Junk, or a well-formed token nobody holds, finds nobody either.
		for (const token of ['junk', "' or 1=1 --", generateToken()]) {
			const v = await visit(database.db, a.code, cookieJar({ [PARTICIPANT_COOKIE]: token }));
			expect(v?.respondentId, token).toBeNull();
		}
		expect(await visit(database.db, 'not-a-code', cookieJar())).toBeNull();
	});

	it('refuses answers once the session is closed, with a clear message, and writes nothing', async () => {
		const w = await workshopFixture(database.db);
		const p = await joinAs(database.db, w.code, 'middle_manager');
		await setStatus(database.db, w.orgId, w.id, 'closed');
		const after = await visit(database.db, w.code, p.cookies);
		expect(after && joinable(after.session)).toBe(false);
		const statement = w.firstItem.statements[0]?.id ?? '';
		const answers = [{ item: w.firstItem.id, statement, answer: 2, seq: 5 }];
		const res =
			after && (await saveAsParticipant(database.db, announcer, after, { answers, comments: [] }));
		expect(res).toEqual({ ok: false, status: 409, error: 'join.errors.closed' });
		expect(await answerRows(p.visit.respondentId ?? '')).toEqual([]);
		const message = translate('en', catalogues.en, 'join.errors.closed');
		expect(message).not.toBe('join.errors.closed');
		expect(message).toMatch(/closed/i);
	});

	it('refuses answers to a section the facilitator has locked', async () => {
		const w = await workshopFixture(database.db);
		await setSection(database.db, w.orgId, w.id, w.content.lenses[0]?.id ?? '', false);
		const p = await joinAs(database.db, w.code, 'specialist');
		const locked = await visit(database.db, w.code, p.cookies);
		const statement = w.firstItem.statements[0]?.id ?? '';
		const answers = [{ item: w.firstItem.id, statement, answer: 2, seq: 5 }];
		const res =
			locked &&
			(await saveAsParticipant(database.db, announcer, locked, { answers, comments: [] }));
		expect(res).toEqual({ ok: false, status: 409, error: 'respond.errors.section_locked' });
	});
});
