// The plan editor and the PDF roadmap through HTTP, against the production build: who may edit,
// what a stale form gets, and what the report.pdf endpoint serves in each language; and the
// workbook, the plan's CSV and its calendar beside it.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogues } from '../../src/lib/i18n/catalogue';
import type { Messages } from '../../src/lib/i18n/translate';
import { loadQuestionnaires } from '../../src/lib/server/questionnaires/load';
import {
	glyphLines,
	openPdf,
	pageGlyphs,
	textItems,
	visualString
} from '../../src/lib/server/pdf/testing/extract';
import { Client, createOrganisation, signUp } from './client';

const engine = inject('engine');
const ORG = 'شرکت بازرگانی پارسیان';
const drawn = (logical: string) => Array.from(logical).reverse().join('');

/** A self-assessment of every lens, answered by the owner at level 1 (one statement at 3). */
async function answeredAssessment(client: Client, orgId: string, answer = true) {
	const created = await client.action(`/orgs/${orgId}/assessments/new?/create`, {
		title: 'سنجش آمادگی',
		mode: 'self',
		lenses: ['strategic-planning', 'failure-risks', 'building-blocks'],
		locale: 'fa'
	});
	const base = `/orgs/${orgId}/assessments/${created.location?.split('/')[4]}`;
	if (!answer) return base;
	await client.action(`${base}/respond?/start`, { role: 'executive' });
	const answers = loadQuestionnaires().lenses.flatMap((l) =>
		l.items.flatMap((i) =>
			i.statements.map((s, n) => ({ item: i.id, statement: s.id, answer: n === 0 ? 3 : 1, seq: 1 }))
		)
	);
	const saved = await client.request('POST', `${base}/respond/save`, {
		body: JSON.stringify({ answers, comments: [] }),
		headers: { 'content-type': 'application/json' }
	});
	expect(saved.status).toBe(200);
	return base;
}

/** The first action's edit form on the plan page: its id, version and text. */
async function firstAction(client: Client, base: string) {
	// Edit forms are built when opened: follow the first action's "edit" link (?edit=<id>).
	const list = await (await client.get(`${base}/plan`)).text();
	const opened = list.match(/href="\?edit=([0-9a-f-]{36})#edit"/);
	if (!opened) throw new Error('no action on the plan page');
	const html = await (await client.get(`${base}/plan?edit=${opened[1]}`)).text();
	const m = html.match(
		/name="id" value="([0-9a-f-]{36})"[^>]*>\s*<input type="hidden" name="version" value="(\d+)"/
	);
	if (!m) throw new Error('no action form on the plan page');
	return { id: m[1] as string, version: m[2] as string, html };
}

async function member(owner: Client, orgId: string, role: 'viewer' | 'consultant', name: string) {
	const invite = await owner.action(`/orgs/${orgId}/settings?/invite`, { role });
	const link = (invite.data as { invite: { link: string } }).invite.link;
	const client = new Client();
	await signUp(client, name);
	await client.action(new URL(link).pathname, {});
	return client;
}

const edit = (id: string, version: string, text: string) => ({
	id,
	version,
	text,
	phase: 'first_90_days',
	owner: '',
	due: '2027-02-28',
	status: 'in_progress'
});

describe(`plan and roadmap (${engine})`, () => {
	let owner: Client;
	let orgId: string;
	let base: string;
	beforeAll(async () => {
		owner = new Client();
		await signUp(owner, 'Laleh Karimi');
		orgId = await createOrganisation(owner, ORG);
		base = await answeredAssessment(owner, orgId);
	});

	it('lets two consultants edit, and refuses the second of two edits of one version (409)', async () => {
		const consultant = await member(owner, orgId, 'consultant', 'Cyrus Consultant');
		const { id, version, html } = await firstAction(owner, base);
		expect(html).toContain('action="?/move"');
		const first = await owner.action(
			`${base}/plan?/edit`,
			edit(id, version, 'کمیتهٔ راهبری تا پایان اسفند')
		);
		expect(first).toMatchObject({ type: 'success', status: 200 });
		const second = await consultant.action(
			`${base}/plan?/edit`,
			edit(id, version, 'Something else')
		);
		expect(second).toMatchObject({
			type: 'failure',
			status: 409,
			data: {
				errors: { _form: { key: 'plan.errors.conflict' } },
				values: { id, text: 'Something else' }
			}
		});
		const page = await (await consultant.get(`${base}/plan`)).text();
		expect(page).toContain('کمیتهٔ راهبری تا پایان اسفند');
		expect(page).not.toContain('Something else');
	});

	it('lets a viewer read the plan and download the roadmap, but not edit it (403)', async () => {
		const viewer = await member(owner, orgId, 'viewer', 'Vera Viewer');
		const html = await (await viewer.get(`${base}/plan`)).text();
		expect(html).not.toContain('action="?/edit"');
		const { id, version } = await firstAction(owner, base);
		expect((await viewer.action(`${base}/plan?/edit`, edit(id, version, 'No'))).status).toBe(403);
		const res = await viewer.get(`${base}/report.pdf?lang=en`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/pdf');
		expect(res.headers.get('content-disposition')).toMatch(
			/^attachment; filename="crm-roadmap-\d{4}-\d{2}-\d{2}-en\.pdf"; filename\*=UTF-8''/
		);
		expect(
			Buffer.from(await res.arrayBuffer())
				.subarray(0, 5)
				.toString()
		).toBe('%PDF-');
	});

	it('serves a Persian roadmap with the organisation’s name and no Latin static strings', async () => {
		const res = await owner.get(`${base}/report.pdf?lang=fa`);
		expect(res.status).toBe(200);
		const doc = await openPdf(new Uint8Array(await res.arrayBuffer()));
		expect(doc.numPages).toBeGreaterThanOrEqual(12);
		const lines: string[] = [];
		for (let p = 1; p <= doc.numPages; p++)
			lines.push(...glyphLines(await pageGlyphs(doc, p)).map(visualString));
		expect(lines.some((l) => l.includes(drawn(ORG)))).toBe(true);
		// Proper names only: the facilitator, and CRM as the questionnaires write it.
		const proper = ['Laleh Karimi', 'CRM'];
		const latin = lines.filter((l) =>
			/[A-Za-z]/.test(proper.reduce((s, p) => s.replaceAll(p, ''), l))
		);
		expect(latin).toEqual([]);
	}, 60_000);

	it('answers 400 to an unknown language and 409 when nobody has answered', async () => {
		const res = await owner.get(`${base}/report.pdf?lang=de`);
		expect(res.status).toBe(400);
		// A browser following the link gets a page in the reader's language, the reason translated
		// (not SvelteKit's static page with the message key)…
		expect(res.headers.get('content-type')).toMatch(/^text\/html/);
		const page = await res.text();
		const lang = /<html lang="(en|fa)" dir="(ltr|rtl)"/.exec(page);
		expect(lang?.[2]).toBe(lang?.[1] === 'fa' ? 'rtl' : 'ltr');
		const locale = (lang?.[1] ?? 'en') as 'en' | 'fa';
		const message = (catalogues[locale].plan as Messages).report as Messages;
		expect(page).toContain(`<p class="message">${message.bad_language}</p>`);
		expect(page).not.toContain('plan.report.bad_language');
		// …and the same in Persian for a Persian reader.
		await owner.action('/language', { lang: 'fa', redirectTo: '/' });
		const fa = await (await owner.get(`${base}/report.pdf?lang=de`)).text();
		expect(fa).toContain('<html lang="fa" dir="rtl"');
		expect(fa).toContain(
			(((catalogues.fa.plan as Messages).report as Messages).bad_language as string) + '</p>'
		);
		await owner.action('/language', { lang: locale, redirectTo: '/' });
		// A script asking for JSON still gets the key, to translate itself.
		const asJson = await owner.request('GET', `${base}/report.pdf?lang=de`, {
			headers: { accept: 'application/json' }
		});
		expect(asJson.status).toBe(400);
		expect(await asJson.json()).toEqual({ message: 'plan.report.bad_language' });
		// An unknown view is refused the same way; both views download.
		const view = await owner.get(`${base}/report.pdf?lang=en&view=everyone`);
		expect(view.status).toBe(400);
		expect(await view.text()).toContain(`<p class="message">${message.bad_view}</p>`);
		for (const v of ['agreed', 'crowd'])
			expect((await owner.get(`${base}/report.pdf?lang=en&view=${v}`)).status).toBe(200);
		const empty = await answeredAssessment(owner, orgId, false);
		expect((await owner.get(`${empty}/report.pdf?lang=en`)).status).toBe(409);
		expect((await owner.get(`${empty}/plan`)).status).toBe(200);
		const regenerate = await owner.action(`${empty}/plan?/regenerate`, {});
		expect(regenerate).toMatchObject({
			status: 409,
			data: { errors: { _form: { key: 'plan.errors.no_answers' } } }
		});
	});
	it('lets a viewer download the workbook, the plan as CSV and its calendar', async () => {
		const viewer = await member(owner, orgId, 'viewer', 'Wanda Viewer');
		const xlsx = await viewer.get(`${base}/report.xlsx?lang=fa`);
		expect(xlsx.status).toBe(200);
		expect(xlsx.headers.get('content-type')).toBe(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		);
		expect(xlsx.headers.get('content-disposition')).toMatch(
			/^attachment; filename="crm-roadmap-\d{4}-\d{2}-\d{2}-fa\.xlsx"; filename\*=UTF-8''/
		);
		expect(decodeURIComponent(xlsx.headers.get('content-disposition') ?? '')).toMatch(
			/نقشهٔ راه CRM [۰-۹]{4}-[۰-۹]{2}-[۰-۹]{2}\.xlsx$/
		);
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
		expect(book.worksheets.map((w) => w.name)).toContain('برنامهٔ اقدام');
		expect(book.worksheets.every((w) => w.views[0]?.rightToLeft === true)).toBe(true);

		const csv = await viewer.get(`${base}/plan.csv?lang=en`);
		expect(csv.status).toBe(200);
		expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(csv.headers.get('content-disposition')).toMatch(/filename="crm-plan-[\w-]+-en\.csv"/);
		const bytes = new Uint8Array(await csv.arrayBuffer());
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

		const ics = await viewer.get(`${base}/plan.ics?lang=en`);
		expect(ics.status).toBe(200);
		expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
		const calendar = await ics.text();
		expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
		expect(calendar).toMatch(/DTSTART;VALUE=DATE:\d{8}\r\n/);

		for (const path of ['report.xlsx', 'plan.csv', 'plan.ics'])
			expect((await viewer.get(`${base}/${path}?lang=de`)).status, path).toBe(400);
		const empty = await answeredAssessment(owner, orgId, false);
		expect((await owner.get(`${empty}/report.xlsx?lang=en`)).status).toBe(409);
	});

	it('never serves a roadmap from before an edit: each edit is in the next download', async () => {
		// The server keeps rendered roadmaps for repeated downloads (reports/rendered.ts), keyed by
		// everything the roadmap says: an unchanged roadmap comes back byte for byte, and an edit
		// made in between is in the next download.
		const text = async () => {
			const res = await owner.get(`${base}/report.pdf?lang=en`);
			expect(res.status).toBe(200);
			const bytes = new Uint8Array(await res.arrayBuffer());
			const words = (await textItems(await openPdf(bytes))).flat().map((i) => i.str);
			return { bytes, all: words.join(' ') };
		};
		for (const wording of ['Brief the sales leads by Friday', 'Brief the whole board by Monday']) {
			const { id, version } = await firstAction(owner, base);
			const saved = await owner.action(`${base}/plan?/edit`, edit(id, version, wording));
			expect(saved).toMatchObject({ type: 'success', status: 200 });
			const first = await text();
			expect(first.all).toContain(wording);
			expect(first.all).not.toContain(wording.includes('sales') ? 'whole board' : 'sales leads');
			const again = await text();
			expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(first.bytes))).toBe(0);
		}
	}, 60_000);
});
