import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogue';
import { flattenKeys, translate, type Messages } from './translate';

const en = catalogues.en;
const fa = catalogues.fa;

function value(messages: Messages, key: string): string {
	return key.split('.').reduce<unknown>((n, k) => (n as Messages)[k], messages) as string;
}

describe('message catalogues', () => {
	const enKeys = flattenKeys(en);
	const faKeys = flattenKeys(fa);

	it('have every key in both languages', () => {
		expect(
			faKeys.filter((k) => !enKeys.includes(k)),
			'keys only in Persian'
		).toEqual([]);
		expect(
			enKeys.filter((k) => !faKeys.includes(k)),
			'keys only in English'
		).toEqual([]);
	});

	it('use the same placeholders in both languages', () => {
		const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of enKeys)
			expect(placeholders(value(fa, key)), key).toEqual(placeholders(value(en, key)));
	});

	it('write Persian in Persian script, with Persian ی and ک, and no English words', () => {
		// Technical names a Persian user reads as they are (file formats, keys, an e-mail example).
		const technical = new Set(
			'CRM QR PDF CSV BOM UTF-8 UTF-16 Windows-1256 big-endian QUARTILE.INC Page Up Down M English name example.com JSON json json.gz en fa k7m2p9xq4r.'.split(
				' '
			)
		);
		for (const key of faKeys) {
			const text = value(fa, key).replace(/\{\w+\}/g, '');
			expect(value(fa, key).trim(), key).not.toBe('');
			expect(text, `${key} uses Arabic ي or ك`).not.toMatch(/[\u064A\u0643]/);
			const latin = (text.match(/[A-Za-z][A-Za-z0-9.+-]*/g) ?? []).filter((w) => !technical.has(w));
			expect(latin, `${key} has English words`).toEqual([]);
			// Anything with words in it is written in Persian script («{text}» alone is fine).
			if (/\p{L}/u.test(text) && key !== 'common.language.en')
				expect(text, key).toMatch(/[\u0600-\u06FF]/);
		}
	});

	it('renders a Persian message with Persian digits in its parameters', () => {
		expect(translate('fa', fa, 'errors.too_short', { min: 12 })).toBe('دست‌کم ۱۲ نویسه وارد کنید.');
		expect(translate('en', en, 'errors.too_short', { min: 12 })).toBe(
			'Use at least 12 characters.'
		);
	});
});

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		if (statSync(p).isDirectory()) return sourceFiles(p);
		return /\.(svelte|ts)$/.test(f) && !/\.test\.ts$/.test(f) ? [p] : [];
	});
}

it('has a message for every literal key the code uses', () => {
	const keys = new Set(flattenKeys(en));
	const missing: string[] = [];
	for (const file of sourceFiles('src')) {
		const src = readFileSync(file, 'utf8');
		// t('…'), serverT(…)('…') and message keys returned by actions and errors.
		for (const m of src.matchAll(/\bt\(\s*'([a-z_]+(?:\.[a-z0-9_]+)+)'/g))
			if (!keys.has(m[1] as string)) missing.push(`${file}: ${m[1]}`);
		for (const m of src.matchAll(/['"](errors\.[a-z0-9_]+)['"]/g))
			if (!keys.has(m[1] as string)) missing.push(`${file}: ${m[1]}`);
	}
	expect(missing).toEqual([]);
});

it('chooses the plural form for a count', () => {
	const messages = {
		n: { items: '{count} items', items_one: '{count} item', items_other: '{count} items' }
	};
	expect(translate('en', messages, 'n.items', { count: 1 })).toBe('1 item');
	expect(translate('en', messages, 'n.items', { count: 3 })).toBe('3 items');
	expect(translate('fa', messages, 'n.items', { count: 1 })).toBe('۱ item');
	expect(translate('en', en, 'assessment.list.respondents', { count: 1 })).toBe('1 respondent');
});

it('remembers what keys resolve to per table, without mixing tables up', () => {
	const first: Messages = { a: { b: 'first' } };
	const second: Messages = { a: { b: 'second', c: 'only here' } };
	for (let round = 0; round < 2; round++) {
		expect(translate('en', first, 'a.b')).toBe('first');
		expect(translate('en', second, 'a.b')).toBe('second');
		expect(translate('en', first, 'a.c')).toBe('a.c');
		expect(translate('en', second, 'a.c')).toBe('only here');
		expect(translate('en', first, 'a.b.deeper')).toBe('a.b.deeper');
	}
	// Far more keys than a table remembers: each one still resolves to its own message.
	const many: Messages = {
		k: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`m${i}`, `v${i}`]))
	};
	for (let round = 0; round < 2; round++)
		for (let i = 0; i < 5000; i += 7) expect(translate('en', many, `k.m${i}`)).toBe(`v${i}`);
	// Plural forms in both languages, asked for again and again.
	const counted = { n: { items_one: '{count} item', items_other: '{count} items' } };
	for (const [count, text] of [
		[1, '1 item'],
		[2, '2 items'],
		[1, '1 item']
	] as const)
		expect(translate('en', counted, 'n.items', { count })).toBe(text);
	expect(translate('fa', counted, 'n.items', { count: 2 })).toBe('۲ items');
});
