// The roadmap by mail on both engines, through a real SMTP server: attached when small, and
// over the limit a link of each recipient's own (stored hashed) that serves the PDF as sent
// until it expires; the PDF is kept no longer than needed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/connect';
import { answerAll, seedAssessment, seedOrganisation } from '$lib/server/plans/test-support';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { testWorker } from '$lib/server/testing/mail';
import { SmtpCatcher } from '$lib/server/testing/smtp';
import { findRoadmapLink, findRoadmapPdf, purgeRoadmapMailings, sendRoadmap } from './mail';

let database: Database;
let smtp: SmtpCatcher;

beforeAll(async () => {
	database = await testDatabase();
	smtp = await new SmtpCatcher().start();
});
afterAll(async () => {
	await smtp.stop();
	await database.close();
});

async function answered() {
	const org = await seedOrganisation(database.db, 'Hamedan Dairy', 'Sender Sahar');
	const assessment = await seedAssessment(database.db, org);
	await answerAll(database.db, assessment.id, 3);
	return { org, assessmentId: assessment.id };
}

const mailings = () => database.db.selectFrom('roadmap_mailings').select('id').execute();

describe(`the roadmap by mail (${testEngine()})`, () => {
	it('attaches the PDF, then forgets it once every mail has gone', async () => {
		const { org, assessmentId } = await answered();
		const sent = await sendRoadmap(database.db, {
			orgId: org.orgId,
			assessmentId,
			userId: org.userId,
			client: '10.9.0.1',
			locale: 'en',
			memberIds: [],
			addresses: ['small@example.com'],
			note: null
		});
		expect(sent.ok).toBe(true);
		expect(await mailings()).toHaveLength(1);
		// Not before its mail has gone.
		await purgeRoadmapMailings(database.db);
		expect(await mailings()).toHaveLength(1);
		await testWorker(database.db, smtp.url).drain();
		const mail = await smtp.waitFor('small@example.com');
		expect(mail.parsed.attachments[0]?.content.subarray(0, 5).toString()).toBe('%PDF-');
		await purgeRoadmapMailings(database.db);
		expect(await mailings()).toEqual([]);
	});

	it('sends a link of its own to each recipient when the PDF is over the limit, until it expires', async () => {
		const { org, assessmentId } = await answered();
		const sent = await sendRoadmap(database.db, {
			orgId: org.orgId,
			assessmentId,
			userId: org.userId,
			client: '10.9.0.2',
			locale: 'fa',
			memberIds: [],
			addresses: ['big-a@example.com', 'big-b@example.com'],
			note: 'برای جلسهٔ دوشنبه'
		});
		expect(sent.ok).toBe(true);
		await testWorker(database.db, smtp.url, [], { MAIL_ATTACHMENT_LIMIT_MB: '0.01' }).drain();
		const [a, b] = [
			await smtp.waitFor('big-a@example.com'),
			await smtp.waitFor('big-b@example.com')
		];
		expect(a.parsed.attachments).toEqual([]);
		expect(a.parsed.text).toContain('برای جلسهٔ دوشنبه');
		const tokens = [a, b].map(
			(m) => m.parsed.text?.match(/\/roadmap\/([a-z2-7]{32})/)?.[1] as string
		);
		expect(new Set(tokens).size).toBe(2);
		const stored = await database.db.selectFrom('roadmap_links').select('token_hash').execute();
		expect(JSON.stringify(stored)).not.toContain(tokens[0]);

		const found = await findRoadmapLink(database.db, tokens[0] as string);
		expect(found).toMatchObject({ organisation: 'Hamedan Dairy' });
		const pdf = await findRoadmapPdf(database.db, tokens[1] as string);
		expect(pdf?.pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdf?.disposition).toMatch(
			/^attachment; filename="crm-roadmap-hamedan-dairy-.*-fa\.pdf"$/
		);
		// Kept while its links work…
		await purgeRoadmapMailings(database.db);
		expect(await mailings()).toHaveLength(1);
		// …and gone, links with it, once they expire.
		await database.db
			.updateTable('roadmap_mailings')
			.set({ expires_at: new Date(Date.now() - 1) })
			.execute();
		expect(await findRoadmapLink(database.db, tokens[0] as string)).toBeUndefined();
		await purgeRoadmapMailings(database.db);
		expect(await mailings()).toEqual([]);
		expect(await database.db.selectFrom('roadmap_links').selectAll().execute()).toEqual([]);
	});
});
