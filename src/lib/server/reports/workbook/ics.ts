// The plan's due dates as an iCalendar file (RFC 5545), for teams that follow the plan in their
// own calendars: one all-day event per action, on its due date or, without one, on the end of
// its phase (the date the plan page and the PDF show as derived). Pure: the endpoint and the
// tests give it the events and the moment of writing.

export interface DueEvent {
	/** Stable across downloads, so that a calendar updates an event instead of adding another. */
	uid: string;
	/** 'YYYY-MM-DD'. */
	date: string;
	summary: string;
	description: string;
}

const encoder = new TextEncoder();

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function icsText(value: string): string {
	return (
		value
			.replace(/\\/g, '\\\\')
			.replace(/;/g, '\\;')
			.replace(/,/g, '\\,')
			.replace(/\r\n|\r|\n/g, '\\n')
			// Other control characters are not allowed in TEXT (HTAB is).
			// eslint-disable-next-line no-control-regex -- removing control characters is the point
			.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
	);
}

/**
 * One content line, folded (§3.1): no line longer than 75 octets, each continuation starting
 * with one space; a UTF-8 character (a Persian letter is two octets) is never split.
 */
export function foldLine(line: string): string {
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const ch of line) {
		const size = encoder.encode(ch).length;
		if (octets + size > 75) {
			out.push(current);
			current = ' ';
			octets = 1;
		}
		current += ch;
		octets += size;
	}
	out.push(current);
	return out.join('\r\n');
}

const basicDate = (iso: string) => iso.replace(/-/g, '');

function nextDay(iso: string): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}

/** '20261207T140501Z': a UTC date-time (§3.3.5, form #2). */
export function utcStamp(at: Date): string {
	return `${at.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export function buildIcs(calendar: { name: string; events: DueEvent[]; now: Date }): string {
	const stamp = utcStamp(calendar.now);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//CRM Readiness//Plan//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${icsText(calendar.name)}`,
		...calendar.events.flatMap((e) => [
			'BEGIN:VEVENT',
			`UID:${icsText(e.uid)}`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${basicDate(e.date)}`,
			`DTEND;VALUE=DATE:${basicDate(nextDay(e.date))}`,
			`SUMMARY:${icsText(e.summary)}`,
			...(e.description ? [`DESCRIPTION:${icsText(e.description)}`] : []),
			'TRANSP:TRANSPARENT',
			'END:VEVENT'
		]),
		'END:VCALENDAR'
	];
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
