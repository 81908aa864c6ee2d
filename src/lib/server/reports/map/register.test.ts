// The roadmap's findings say where the customer register contradicts a level given (issue 15
// §7, the results page's rule): on the mappers' small input, information/data was answered
// 3, 3, 1, 1 (level 2). A requirement "from level 2, duplicates at most 2%" against a register
// with 10% duplicates over 60 customers flags it; over 20 customers it flags nothing.
import { describe, expect, it } from 'vitest';
import type { RegisterFigures } from '$lib/evidence/flags';
import { findings } from './headline';
import { context, type ReportInput } from './input';
import { reportInput } from './test-fixtures';

function withEvidence(register: RegisterFigures | undefined): ReportInput {
	const input = reportInput();
	const content = structuredClone(input.content);
	for (const lens of content.lenses)
		for (const item of lens.items)
			for (const s of item.statements)
				if (item.id === 'information' || item.id === 'vision')
					s.evidence = [{ figure: 'duplicate_rate', from: 2, atMost: 0.02 }];
	return { ...input, content, register };
}

const byItem = (input: ReportInput, locale: 'en' | 'fa' = 'en') =>
	new Map(findings(context(input, locale)).map((f) => [f.item, f]));

describe('the register disagrees, in the roadmap findings', () => {
	it('flags a level the register contradicts, with the figure beside the claim', () => {
		const f = byItem(withEvidence({ duplicate_rate: { value: 0.1, base: 60 } }));
		expect(f.get('information')?.registerDisagrees).toEqual([
			{
				statement: 'data',
				claim: 'Level given: 2',
				figures: [
					'Customers sharing an email or phone with another (duplicates): 10% — level 2 or above needs at most 2%'
				]
			}
		]);
		// Both of vision's statements were answered 3, 3, 0, 0 (level 1.5): below the level the
		// requirement starts at, so nothing to contradict.
		expect(f.get('vision')?.registerDisagrees).toEqual([]);
	});

	it('flags nothing below 50 customers, nor within the bound, nor without a register', () => {
		const few = byItem(withEvidence({ duplicate_rate: { value: 0.1, base: 20 } }));
		expect(few.get('information')?.registerDisagrees).toEqual([]);
		const clean = byItem(withEvidence({ duplicate_rate: { value: 0.01, base: 60 } }));
		expect(clean.get('information')?.registerDisagrees).toEqual([]);
		expect(byItem(withEvidence(undefined)).get('information')?.registerDisagrees).toBeUndefined();
	});

	it('writes Persian with Persian digits', () => {
		const f = byItem(withEvidence({ duplicate_rate: { value: 0.1, base: 60 } }), 'fa');
		const row = [...f.values()].flatMap((x) => x.registerDisagrees ?? [])[0];
		expect(row?.figures[0]).toContain('۱۰');
		expect(row?.figures[0]).not.toMatch(/[0-9]/);
	});
});
