// The sweep of every page, at 360, 390 and 1440 px, in English and in Persian, on the demo
// organisation loaded from the app in the reader's language. Each page must fit its width (no
// sideways scrolling of the document), have no serious or critical axe-core violation, and — in
// Persian — show no Latin digits in its visible text outside an allowlist (e-mail addresses,
// URLs, codes and version tags). One account and one seeded organisation per language, one
// browser page reused across the widths, so it stays quick enough for every CI run.
//
// Pages left out, and why: /j/[code] and the live page need a running workshop (the workshop
// journey covers them); /roadmap/[token] needs a mailed roadmap (the mail journey); an import's
// own page needs an uploaded file (the register journey).
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { signUp, switchLanguage } from './support';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WIDTHS = [360, 390, 1440] as const;
// axe-core is injected as a script of the test's own; the app's CSP (nonces) would refuse it.
test.use({ bypassCSP: true });

interface Finding {
	url: string;
	width: number;
	what: string;
}

/** The pages of a seeded organisation, found by following its links as a user would. */
async function pagesOf(page: Page, lang: 'en' | 'fa'): Promise<string[]> {
	const orgUrl = new URL(page.url()).pathname;
	const links = async (selector: string) =>
		page
			.locator(selector)
			.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
	const assessments = [
		...new Set(
			(await links('a[href*="/assessments/"]')).filter((p) =>
				/\/assessments\/[0-9a-f-]{36}$/.test(p)
			)
		)
	];
	expect(assessments.length).toBeGreaterThan(0);
	await page.goto(`${orgUrl}/register`);
	const customers = (await links('a[href*="/register/"]')).filter((p) =>
		/\/register\/[0-9a-f-]{36}$/.test(p)
	);
	expect(customers.length).toBeGreaterThan(0);

	// A self-assessment to answer, so the wizard is swept too.
	await page.goto(`${orgUrl}/assessments/new`);
	await page
		.getByRole('textbox', { name: lang === 'fa' ? 'عنوان' : 'Title' })
		.fill(lang === 'fa' ? 'خودارزیابی' : 'Self check');
	await page
		.getByRole('button', { name: lang === 'fa' ? 'ساخت ارزیابی' : 'Create assessment' })
		.click();
	await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]{36}$/);
	const self = new URL(page.url()).pathname;

	const a = assessments[0] as string;
	const customer = customers[0] as string;
	return [
		'/account',
		'/orgs',
		'/orgs/import',
		orgUrl,
		`${orgUrl}/settings`,
		`${orgUrl}/assessments/new`,
		a,
		`${a}/results`,
		`${a}/milestones`,
		`${a}/plan`,
		`${self}/respond`,
		`${orgUrl}/register`,
		`${orgUrl}/register/new`,
		`${orgUrl}/register/import`,
		`${orgUrl}/register/insights`,
		customer,
		`${customer}/edit`
	];
}

const PUBLIC = [
	'/',
	'/login',
	'/signup',
	'/forgot-password',
	'/j',
	'/reset-password/not-a-real-token',
	'/invite/not-a-real-token'
];

/** Where the page is wider than the viewport, or empty when it fits. */
async function overflow(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const doc = document.documentElement;
		if (doc.scrollWidth <= doc.clientWidth + 1) return null;
		// Name the offenders that are not inside a box that scrolls or clips them.
		const vw = doc.clientWidth;
		const clipped = (el: Element) => {
			for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
				if (getComputedStyle(a).overflowX !== 'visible') return true;
			return false;
		};
		const wide = [...document.querySelectorAll<HTMLElement>('body *')]
			.filter((el) => {
				const r = el.getBoundingClientRect();
				return r.width > 0 && (r.right > vw + 1 || r.left < -1) && !clipped(el);
			})
			.slice(-3)
			.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
		return `document ${doc.scrollWidth}px wide in ${vw}px (${wide.join(', ')})`;
	});
}

async function axe(page: Page): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
	return page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, {
			resultTypes: ['violations'],
			runOnly: {
				type: 'tag',
				values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
			}
		});
		return (
			result.violations as {
				id: string;
				impact: string;
				nodes: { target: string[] }[];
			}[]
		)
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
	});
}

/** Visible text with Latin digits on a Persian page, after the allowlist is taken out. */
async function latinDigits(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const ALLOW = [
			// Phone numbers: issue 16 §3 (Persian digits in the register's phone numbers) belongs
			// to the right-to-left charts and digits work; drop this line once that has landed.
			/^\s*\+?[0-9][0-9 -]{6,}\s*$/g,
			/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, // e-mail addresses
			/\b(https?:\/\/|\/)[^\s«»]*/g, // URLs and paths
			/\bv\d+(\.\d+)*\b/g, // version tags
			/\b(?=[0-9a-f]*[a-f])[0-9a-f]{7,}\b/g, // hashes (with a letter: not a long number)
			/\b[A-Z0-9]{2,}(-[A-Z0-9]{2,})+\b/g, // codes such as ABC-123
			/\b[A-Za-z]+-\d+\b/g, // names with a number: UTF-8, Windows-1256
			/\b(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{6,}\b/g // workshop codes such as k7m2p9xq4r
		];
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent ?? '';
			if (!/[0-9]/.test(text)) continue;
			const el = node.parentElement;
			if (!el || el.closest('script, style, code, kbd, samp, [hidden], [aria-hidden=true]'))
				continue;
			if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
			let rest = text;
			for (const re of ALLOW) rest = rest.replace(re, '');
			if (/[0-9]/.test(rest))
				found.push(`${el.tagName.toLowerCase()}: «${text.trim().slice(0, 80)}»`);
		}
		return found;
	});
}

async function sweep(page: Page, lang: 'en' | 'fa', urls: string[], findings: Finding[]) {
	for (const width of WIDTHS) {
		await page.setViewportSize({ width, height: width < 800 ? 800 : 900 });
		for (const url of urls) {
			const response = await page.goto(url);
			expect(response?.status(), url).toBeLessThan(500);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			// Charts are drawn after hydration; wait for the page to settle before measuring.
			await page.waitForLoadState('networkidle');
			// SWEEP_SHOTS=dir keeps a full-page picture of each, to look at (not needed in CI).
			if (process.env.SWEEP_SHOTS)
				await page.screenshot({
					path: `${process.env.SWEEP_SHOTS}/${lang}-${width}-${url.replace(/[0-9a-f-]{36}/g, 'x').replace(/\W+/g, '_')}.png`,
					fullPage: true
				});
			const wide = await overflow(page);
			if (wide) findings.push({ url, width, what: wide });
			for (const v of await axe(page)) findings.push({ url, width, what: v });
			if (lang === 'fa')
				for (const d of await latinDigits(page))
					findings.push({ url, width, what: `Latin digits: ${d}` });
		}
	}
}

const report = (findings: Finding[]) =>
	findings.map((f) => `${f.width}px ${f.url}: ${f.what}`).join('\n');

for (const lang of ['en', 'fa'] as const) {
	test(`every page fits 360, 390 and 1440 px with no serious axe violation (${lang})`, async ({
		page,
		context
	}) => {
		test.setTimeout(240_000);
		const findings: Finding[] = [];
		await page.goto('/login');
		if (lang === 'fa') await switchLanguage(page, 'fa');
		await sweep(page, lang, PUBLIC, findings);

		await signUp(page);
		await page
			.getByRole('button', {
				name: lang === 'fa' ? 'بارگذاری سازمان نمونه' : 'Load the demo organisation'
			})
			.click();
		await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]{36}$/, { timeout: 60_000 });
		const urls = await pagesOf(page, lang);
		await sweep(page, lang, urls, findings);
		await context.clearCookies();
		expect(findings, report(findings)).toEqual([]);
	});
}
