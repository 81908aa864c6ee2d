// One vocabulary (docs/glossary.md): no Persian string the product shows — messages, the
// current questionnaires (which the PDF prints too) or the demo's notes — uses a variant the
// glossary rejects. Version 1 questionnaires are frozen as assessments pinned them and are not
// checked.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '$lib/server/questionnaires/load';
import { GLOSSARY, rejectedIn } from './glossary';

function* strings(value: unknown, path: string): Generator<[string, string]> {
	if (typeof value === 'string') yield [path, value];
	else if (Array.isArray(value))
		for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

function* persianOf(value: unknown, path: string): Generator<[string, string]> {
	if (value && typeof value === 'object' && !Array.isArray(value) && 'fa' in value)
		yield [`${path}.fa`, String((value as { fa: unknown }).fa)];
	else if (Array.isArray(value))
		for (const [i, v] of value.entries()) yield* persianOf(v, `${path}[${i}]`);
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) yield* persianOf(v, path ? `${path}.${k}` : k);
}

const violations = (entries: Iterable<[string, string]>) =>
	[...entries].flatMap(([path, text]) =>
		rejectedIn(text).map(([variant, use]) => `${path}: «${variant}» → «${use}»`)
	);

describe('the glossary', () => {
	it('finds a rejected variant as a word, with or without a suffix, and not inside another word', () => {
		expect(rejectedIn('هشت بلوک سازندهٔ CRM')).toEqual([['بلوک سازنده', 'جزء سازنده']]);
		expect(rejectedIn('بدون وضعیت پایه، هیچ')).toEqual([['وضعیت پایه', 'خط مبنا']]);
		expect(rejectedIn('تسهیلگر هنوز')).toEqual([['تسهیلگر', 'تسهیل‌گر']]);
		expect(rejectedIn('برنامه‌ریزی راهبردی')).toEqual([['راهبردی', 'استراتژی']]);
		expect(rejectedIn('خط مبنای امروز و استراتژی CRM و تسهیل‌گر و هم‌زمان')).toEqual([]);
	});

	it('gives every term one rendering that is not also rejected', () => {
		for (const term of GLOSSARY) expect(rejectedIn(term.fa)).toEqual([]);
		expect(new Set(GLOSSARY.map((t) => t.en)).size).toBe(GLOSSARY.length);
	});

	it('is followed by every Persian message', () => {
		const root = 'src/lib/i18n/messages';
		const found = readdirSync(root).flatMap((section) =>
			violations(
				strings(JSON.parse(readFileSync(join(root, section, 'fa.json'), 'utf8')), `${section}`)
			)
		);
		expect(found).toEqual([]);
	});

	it('is followed by every Persian text of the current questionnaires', () => {
		const q = loadQuestionnaires();
		const found = [...q.byId.values()].flatMap((file) => violations(persianOf(file, file.id)));
		expect(found).toEqual([]);
	});
});
