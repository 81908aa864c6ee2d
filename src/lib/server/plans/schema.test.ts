import { describe, expect, it } from 'vitest';
import { addActionSchema } from './schema';

const add = (due: string | undefined) =>
	addActionSchema.safeParse({ text: 'Appoint a sponsor', phase: 'first_90_days', due });

describe('a due date from the plan forms', () => {
	it('takes the browser’s ISO day or a typed Persian-calendar day, stored as ISO', () => {
		for (const typed of ['2027-03-21', '۱۴۰۶/۰۱/۰۱', '1406/1/1'])
			expect(add(typed).data?.due, typed).toBe('2027-03-21');
		expect(add('').data?.due).toBeNull();
		expect(add(undefined).data?.due).toBeNull();
	});

	it('refuses a day that does not exist or is out of range, with the field’s message', () => {
		for (const typed of ['2027-02-30', '1406/12/30', 'tomorrow', '1999-01-01', '<b>']) {
			const result = add(typed);
			expect(result.success, typed).toBe(false);
			expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
				['due', 'plan.errors.due']
			]);
		}
	});
});
