// Persian (Jalali) calendar dates as typed in Iranian spreadsheets (1403/05/12), converted to
// the Gregorian day they name. The arithmetic is the usual 33-year-cycle algorithm; the test
// checks it day by day against Intl's Persian calendar.
export function jalaliToGregorian(jy: number, jm: number, jd: number): [number, number, number] {
	const y = jy + 1595;
	let days =
		-355668 +
		365 * y +
		Math.floor(y / 33) * 8 +
		Math.floor(((y % 33) + 3) / 4) +
		jd +
		(jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
	let gy = 400 * Math.floor(days / 146097);
	days %= 146097;
	if (days > 36524) {
		days--;
		gy += 100 * Math.floor(days / 36524);
		days %= 36524;
		if (days >= 365) days++;
	}
	gy += 4 * Math.floor(days / 1461);
	days %= 1461;
	if (days > 365) {
		gy += Math.floor((days - 1) / 365);
		days = (days - 1) % 365;
	}
	let gd = days + 1;
	const leap = (gy % 4 === 0 && gy % 100 !== 0) || gy % 400 === 0;
	const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
	let gm = 0;
	while (gm < 12 && gd > (lengths[gm] as number)) gd -= lengths[gm++] as number;
	return [gy, gm + 1, gd];
}

const persian = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
	year: 'numeric',
	month: 'numeric',
	day: 'numeric',
	timeZone: 'UTC'
});

/** The Jalali year, month and day of a Gregorian date (through Intl). */
export function toJalali(date: Date): [number, number, number] {
	const parts = Object.fromEntries(persian.formatToParts(date).map((p) => [p.type, p.value]));
	return [parseInt(parts.year ?? ''), Number(parts.month), Number(parts.day)];
}
