import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/connect';
import { create as createOrganisation } from '$lib/server/organisations/repository';
import { loadQuestionnaires } from '$lib/server/questionnaires/load';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { pinnedContent } from './content';
import { findInOrganisation, setStatus } from './repository';
import { findWithOwnRespondent, ownResponses, respondentsForScoring } from './responses';
import { saveResponses } from './service';
import { ownAssessment } from './test-fixtures';

let database: Database;
let orgId: string;
let userId: string;
const q = loadQuestionnaires();
const [firstLens] = q.lenses;
const item = firstLens?.items[0];
const [s1, s2] = item?.statements ?? [];

const setup = (mode: 'self' | 'workshop' = 'self') =>
	ownAssessment(database.db, { orgId, userId, mode, title: 'A', name: 'U' });

const answer = (statement: string, value: 0 | 1 | 2 | 3 | 4 | 'dont-know', seq: number) => ({
	item: item?.id as string,
	statement,
	answer: value,
	seq
});

beforeAll(async () => {
	database = await testDatabase();
	const user = await database.db
		.insertInto('users')
		.values({ email: 'saver@example.com', name: 'Saver', password_hash: 'x' })
		.returning('id')
		.executeTakeFirstOrThrow();
	userId = user.id;
	orgId = (await createOrganisation(database.db, userId, 'Org')).id;
});
afterAll(() => database.close());

describe(`saving answers (${testEngine()})`, () => {
	it('is idempotent: the same batch twice leaves one row per statement', async () => {
		const { assessment, respondentId } = await setup();
		const batch = { answers: [answer(s1?.id as string, 3, 10)], comments: [] };
		expect(await saveResponses(database.db, assessment, respondentId, batch)).toEqual({
			ok: true,
			saved: 1
		});
		expect(await saveResponses(database.db, assessment, respondentId, batch)).toEqual({
			ok: true,
			saved: 1
		});
		const rows = await database.db
			.selectFrom('answers')
			.selectAll()
			.where('respondent_id', '=', respondentId)
			.execute();
		expect(rows).toHaveLength(1);
		expect(rows[0]?.level).toBe(3);
	});

	it('never lets an older save overwrite a newer one', async () => {
		const { assessment, respondentId } = await setup();
		const key = `${item?.id}/${s1?.id}`;
		await saveResponses(database.db, assessment, respondentId, {
			answers: [answer(s1?.id as string, 4, 200)],
			comments: []
		});
		// A retry of an earlier change arrives late.
		await saveResponses(database.db, assessment, respondentId, {
			answers: [answer(s1?.id as string, 1, 100)],
			comments: []
		});
		expect((await ownResponses(database.db, respondentId)).answers[key]).toBe(4);
		await saveResponses(database.db, assessment, respondentId, {
			answers: [answer(s1?.id as string, 'dont-know', 300)],
			comments: []
		});
		expect((await ownResponses(database.db, respondentId)).answers[key]).toBe('dont-know');
	});

	it('reads an assessment with the user’s respondent, answers and comments in one go', async () => {
		const { assessment, respondentId } = await setup();
		const first = await findWithOwnRespondent(database.db, orgId, assessment.id, userId);
		expect(first?.assessment).toEqual(await findInOrganisation(database.db, orgId, assessment.id));
		expect(first?.respondent).toMatchObject({
			id: respondentId,
			role_layer: 'executive',
			answers: {},
			notApplicable: {},
			comments: {}
		});
		await saveResponses(database.db, assessment, respondentId, {
			answers: [answer(s1?.id as string, 3, 1), answer(s2?.id as string, 'dont-know', 2)],
			comments: [{ item: item?.id as string, body: 'Sales keep their own lists.', seq: 3 }]
		});
		const mine = (await findWithOwnRespondent(database.db, orgId, assessment.id, userId))
			?.respondent;
		expect(mine?.answers).toEqual({
			[`${item?.id}/${s1?.id}`]: 3,
			[`${item?.id}/${s2?.id}`]: 'dont-know'
		});
		expect(mine?.comments).toEqual({ [item?.id as string]: 'Sales keep their own lists.' });
		expect({
			answers: mine?.answers,
			notApplicable: mine?.notApplicable,
			comments: mine?.comments
		}).toEqual(await ownResponses(database.db, respondentId));
		// Nobody else's: another user has no respondent here, and another organisation no such
		// assessment.
		const other = await database.db
			.insertInto('users')
			.values({ email: `other-${assessment.id}@example.com`, name: 'O', password_hash: 'x' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const theirs = await findWithOwnRespondent(database.db, orgId, assessment.id, other.id);
		expect(theirs?.assessment.id).toBe(assessment.id);
		expect(theirs?.respondent).toBeUndefined();
		expect(
			await findWithOwnRespondent(database.db, other.id, assessment.id, userId)
		).toBeUndefined();
	});

	it('refuses a batch with an unknown statement whole: nothing of it is written', async () => {
		const { assessment, respondentId } = await setup();
		const result = await saveResponses(database.db, assessment, respondentId, {
			answers: [answer(s1?.id as string, 2, 1), { ...answer('no-such-statement', 2, 1) }],
			comments: [{ item: item?.id as string, body: 'note', seq: 1 }]
		});
		expect(result).toEqual({ ok: false, error: 'respond.errors.unknown_statement' });
		expect(await ownResponses(database.db, respondentId)).toEqual({
			answers: {},
			notApplicable: {},
			comments: {}
		});
	});

	it('refuses answers once the assessment is closed, with a clear message', async () => {
		const { assessment, respondentId } = await setup();
		await setStatus(database.db, orgId, assessment.id, 'closed');
		const closed = await findInOrganisation(database.db, orgId, assessment.id);
		const result = await saveResponses(database.db, closed ?? assessment, respondentId, {
			answers: [answer(s1?.id as string, 2, 1)],
			comments: []
		});
		expect(result).toEqual({ ok: false, error: 'respond.errors.closed' });
	});

	it('refuses workshop answers to sections the facilitator has not opened', async () => {
		const { assessment, respondentId } = await setup('workshop');
		const locked = await saveResponses(database.db, assessment, respondentId, {
			answers: [answer(s1?.id as string, 2, 1)],
			comments: []
		});
		expect(locked).toEqual({ ok: false, error: 'respond.errors.section_locked' });
		const opened = { ...assessment, open_sections: [firstLens?.id as string] };
		expect(
			(
				await saveResponses(database.db, opened, respondentId, {
					answers: [answer(s1?.id as string, 2, 1)],
					comments: []
				})
			).ok
		).toBe(true);
	});

	it('hands the scoring engine every respondent with their answers and comments apart', async () => {
		const { assessment, respondentId } = await setup();
		await saveResponses(database.db, assessment, respondentId, {
			answers: [answer(s1?.id as string, 4, 1), answer(s2?.id as string, 'dont-know', 1)],
			comments: [{ item: item?.id as string, body: '  evidence \u202Ewith override ', seq: 1 }]
		});
		expect(await respondentsForScoring(database.db, assessment.id)).toEqual([
			{
				id: respondentId,
				role: 'executive',
				department: null,
				answers: { [`${item?.id}/${s1?.id}`]: 4, [`${item?.id}/${s2?.id}`]: 'dont-know' }
			}
		]);
		// Free text is stored without bidi overrides.
		expect((await ownResponses(database.db, respondentId)).comments).toEqual({
			[item?.id as string]: 'evidence with override'
		});
	});

	it('scores an assessment with the content it pinned, whatever is stored later', async () => {
		const { assessment } = await setup();
		const before = await pinnedContent(database.db, assessment.id);
		const lensId = firstLens?.id as string;
		const edited = { ...firstLens, title: { en: 'Edited title', fa: 'عنوان ویرایش‌شده' } };
		await database.db
			.insertInto('questionnaire_versions')
			.values({
				hash: 'edited-version',
				questionnaire_id: lensId,
				version: 2,
				kind: 'scored',
				content: JSON.stringify(edited)
			})
			.execute();
		const later = await setup();
		await database.db
			.updateTable('assessment_questionnaires')
			.set({ hash: 'edited-version' })
			.where('assessment_id', '=', later.assessment.id)
			.where('questionnaire_id', '=', lensId)
			.execute();
		expect((await pinnedContent(database.db, later.assessment.id)).lenses[0]?.title.en).toBe(
			'Edited title'
		);
		const again = await pinnedContent(database.db, assessment.id);
		expect(again.lenses[0]?.title).toEqual(before.lenses[0]?.title);
		expect(again.hashes[lensId]).toBe(q.hashes[lensId]);
	});
});
