// The workbook read back with the library that wrote it: its sheets, a figure computed by hand,
// Persian sheets right to left, and an anonymous session without a row per person.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/server/db/connect';
import { saveBatch } from '$lib/server/assessments/responses';
import { answerAll, seedAssessment, seedOrganisation } from '$lib/server/plans/test-support';
import { loadQuestionnaires } from '$lib/server/questionnaires/load';
import { testDatabase, testEngine } from '$lib/server/testing/db';
import { planCalendar, planCsv, roadmapWorkbook } from './load';

const NOW = new Date('2026-11-24T10:00:00Z');
const NAMES = ['Sara Ahmadi', 'Kourosh Rahimi', 'Nasrin Moradi', 'Farhad Ghasemi'];

let database: Database;
let org: Awaited<ReturnType<typeof seedOrganisation>>;

function defined<T>(value: T | undefined): T {
	if (value === undefined) throw new Error('missing');
	return value;
}

const lens = defined(loadQuestionnaires().lenses[0]);
const item = defined(lens.items[0]);
const first = defined(item.statements[0]);
const second = defined(item.statements[1]);

/**
 * Two executives at level 3 and two specialists at level 1 on every statement; on the item's
 * second statement one specialist says "not applicable" (out of scope) instead.
 */
async function workshop(anonymous: boolean) {
	const assessment = await seedAssessment(database.db, org, { anonymous, title: 'Workshop' });
	const ids: string[] = [];
	for (const [i, name] of NAMES.entries())
		ids.push(
			await answerAll(database.db, assessment.id, i < 2 ? 3 : 1, {
				role: i < 2 ? 'executive' : 'specialist',
				name: anonymous ? undefined : name
			})
		);
	await saveBatch(database.db, assessment.id, defined(ids[3]), {
		answers: [
			{
				questionnaire: lens.id,
				item: item.id,
				statement: second.id,
				answer: 'not-applicable',
				notApplicable: { reason: 'out-of-scope', note: 'Handled by the parent company' },
				seq: 2
			}
		],
		comments: []
	});
	return { orgId: org.orgId, assessmentId: assessment.id };
}

async function read(bytes: Uint8Array) {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
	return book;
}

function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
	return defined(book.getWorksheet(name));
}

/** A sheet's rows as plain values, header first. */
function rows(sheet: ExcelJS.Worksheet): unknown[][] {
	const out: unknown[][] = [];
	sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
	return out;
}

const everyCell = (book: ExcelJS.Workbook) =>
	book.worksheets.flatMap((s) =>
		rows(s)
			.flat()
			.map((v) => String(v ?? ''))
	);

beforeAll(async () => {
	database = await testDatabase();
	org = await seedOrganisation(database.db, 'Parsian Trading', 'Laleh Karimi');
});
afterAll(() => database.close());

describe(`the roadmap workbook (${testEngine()})`, () => {
	it('has the sheets, the hand-computed statement figures and the plan, in English', async () => {
		const ref = await workshop(false);
		const outcome = await roadmapWorkbook(database.db, ref, 'en', NOW);
		if (!outcome.ok) throw new Error(outcome.error);
		expect(outcome.fileName).toBe('crm-roadmap-parsian-trading-2026-11-24-en.xlsx');
		// A zip (an xlsx is one).
		expect([...outcome.body.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
		const book = await read(outcome.body);
		expect(book.worksheets.map((s) => s.name)).toEqual([
			'Overview',
			'Results by lens',
			'Results by item',
			'Results by statement',
			'Plan',
			'Goals worksheet',
			'Not applicable'
		]);
		expect(book.worksheets.every((s) => !s.views[0]?.rightToLeft)).toBe(true);

		const statements = rows(sheet(book, 'Results by statement'));
		const header = statements[0] as string[];
		const col = (name: string) => header.indexOf(name);
		const row = defined(statements.find((r) => r[col('Statement')] === first.text.en));
		// Levels 3, 3, 1, 1: n 4, two at 1 and two at 3, mean 2, population SD 1.
		expect(row[col('Answers (n)')]).toBe(4);
		expect([0, 1, 2, 3, 4].map((l) => row[col(`At level ${l}`)])).toEqual([0, 2, 0, 2, 0]);
		expect(row[col('Mean level (current)')]).toBe(2);
		expect(row[col('Spread (SD)')]).toBe(1);
		expect(typeof row[col('Target level (0–4)')]).toBe('number');
		// Numbers stay numbers: the cell is numeric with a number format.
		const cell = sheet(book, 'Results by statement')
			.getRow(2)
			.getCell(col('Mean level (current)') + 1);
		expect(cell.type).toBe(ExcelJS.ValueType.Number);
		expect(cell.numFmt).toBe('0.00');

		const plan = rows(sheet(book, 'Plan'));
		expect(plan[0]).toEqual(
			expect.arrayContaining([
				'Owner role',
				'Deliverable',
				'Effort',
				'Depends on (No.)',
				'Phase',
				'Due date',
				'Status'
			])
		);
		expect(plan.length).toBeGreaterThan(5);
		// Every action has a due date: its own or the end of its phase (a date cell).
		const due = (plan[0] as string[]).indexOf('Due date');
		expect(plan.slice(1).every((r) => r[due] instanceof Date)).toBe(true);

		const goals = rows(sheet(book, 'Goals worksheet'));
		expect(goals).toHaveLength(6);

		// A named session: the "not applicable" answer with its reason, note and role layer.
		const na = rows(sheet(book, 'Not applicable'));
		expect(na).toEqual([
			['Lens', 'Item', 'Statement', 'Reason', 'Comment', 'Role layer'],
			[
				lens.title.en,
				item.title.en,
				second.text.en,
				"Outside this project's scope",
				'Handled by the parent company',
				'Specialist'
			]
		]);
	});

	it('writes Persian sheets right to left, with Persian names and headers', async () => {
		const ref = await workshop(false);
		const outcome = await roadmapWorkbook(database.db, ref, 'fa', NOW);
		if (!outcome.ok) throw new Error(outcome.error);
		expect(outcome.disposition).toContain(
			encodeURIComponent('Parsian Trading - نقشهٔ راه CRM ۱۴۰۵-۰۹-۰۳.xlsx')
		);
		const book = await read(outcome.body);
		expect(book.worksheets.map((s) => s.name)).toEqual([
			'خلاصه',
			'نتایج هر منظر',
			'نتایج هر مورد',
			'نتایج هر گزاره',
			'برنامهٔ اقدام',
			'جدول اهداف',
			'موضوعیت ندارد'
		]);
		expect(book.worksheets.every((s) => s.views[0]?.rightToLeft === true)).toBe(true);
		const statements = rows(sheet(book, 'نتایج هر گزاره'));
		expect(statements[0]).toEqual(expect.arrayContaining(['گزاره', 'میانگین سطح (کنونی)']));
		const row = defined(statements.find((r) => r[2] === first.text.fa));
		expect(row[3]).toBe(4);
		const plan = rows(sheet(book, 'برنامهٔ اقدام'));
		expect(plan[0]).toEqual(expect.arrayContaining(['موعد (تقویم شمسی)', 'نقش مسئول']));
	});

	it('has no row per person for an anonymous session', async () => {
		const ref = await workshop(true);
		const outcome = await roadmapWorkbook(database.db, ref, 'en', NOW);
		if (!outcome.ok) throw new Error(outcome.error);
		const book = await read(outcome.body);
		// The answers are counted by statement and reason: no role layer, no name.
		expect(rows(sheet(book, 'Not applicable'))).toEqual([
			['Lens', 'Item', 'Statement', 'Reason', 'Answers', 'Comments'],
			[
				lens.title.en,
				item.title.en,
				second.text.en,
				"Outside this project's scope",
				1,
				'Handled by the parent company'
			]
		]);
		const cells = everyCell(book);
		for (const name of NAMES) expect(cells.some((c) => c.includes(name))).toBe(false);
		expect(cells).not.toContain('Specialist');
	});

	it('serves the plan as formula-safe CSV and as an iCalendar file', async () => {
		const ref = await workshop(false);
		const csv = await planCsv(database.db, ref, 'en', NOW);
		if (!csv.ok) throw new Error(csv.error);
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.body);
		expect(text.startsWith('\ufeffNo.,Phase,Action,')).toBe(true);
		expect(text.split('\r\n').length).toBeGreaterThan(5);
		expect(csv.fileName).toBe('crm-plan-parsian-trading-2026-11-24-en.csv');

		const ics = await planCalendar(database.db, ref, 'en', NOW);
		if (!ics.ok) throw new Error(ics.error);
		const cal = new TextDecoder().decode(ics.body);
		expect(cal.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
		expect(cal.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThan(3);
		// A plan made now: the first phase ends three months on.
		expect(cal).toContain('DTSTART;VALUE=DATE:20270224\r\n');
		expect(cal).toContain('DTSTAMP:20261124T100000Z\r\n');
		for (const line of cal.split('\r\n'))
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});

	it('is not found in another organisation and refused without answers', async () => {
		const ref = await workshop(false);
		const other = await seedOrganisation(database.db, 'Other');
		const elsewhere = await roadmapWorkbook(database.db, { ...ref, orgId: other.orgId }, 'en', NOW);
		expect(elsewhere).toMatchObject({ ok: false, status: 404 });
		const empty = await seedAssessment(database.db, org);
		expect(
			await roadmapWorkbook(database.db, { orgId: org.orgId, assessmentId: empty.id }, 'en', NOW)
		).toMatchObject({ ok: false, status: 409 });
	});
});
