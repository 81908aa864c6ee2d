import { expect, it } from 'vitest';
import { jalaliToGregorian, toJalali } from './jalali';

it('agrees with Intl’s Persian calendar on every day from 1950 to 2100', () => {
	const mismatches: string[] = [];
	for (let t = Date.UTC(1950, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
		const date = new Date(t);
		const [jy, jm, jd] = toJalali(date);
		const [gy, gm, gd] = jalaliToGregorian(jy, jm, jd);
		const expected = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
		if (`${[gy, gm, gd]}` !== `${expected}`) mismatches.push(`${jy}/${jm}/${jd}`);
	}
	expect(mismatches.slice(0, 5)).toEqual([]);
});
