// The plan's calendar against RFC 5545 by hand: escaping, folding at 75 octets (never inside a
// Persian letter), CRLF lines, all-day dates and one UID per action.
import { describe, expect, it } from 'vitest';
import { buildIcs, foldLine, icsText } from './ics';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('iCalendar text', () => {
	it('escapes backslash, semicolon, comma and line breaks', () => {
		expect(icsText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
	});

	it('drops control characters other than tab', () => {
		expect(icsText('a\u0007b\tc')).toBe('ab\tc');
	});
});

describe('line folding', () => {
	it('leaves a line of 75 octets alone', () => {
		const line = `SUMMARY:${'x'.repeat(67)}`;
		expect(foldLine(line)).toBe(line);
	});

	it('folds an 80-octet line after 75 octets, the rest after one space', () => {
		const line = `SUMMARY:${'x'.repeat(72)}`;
		expect(foldLine(line)).toBe(`SUMMARY:${'x'.repeat(67)}\r\n xxxxx`);
	});

	it('never splits a two-octet Persian letter', () => {
		// 8 octets, then 40 letters of 2 octets: 33 letters fit (74 octets), a 34th would make 76.
		const line = `SUMMARY:${'ب'.repeat(40)}`;
		const folded = foldLine(line).split('\r\n');
		expect(folded).toEqual([`SUMMARY:${'ب'.repeat(33)}`, ` ${'ب'.repeat(7)}`]);
		expect(folded.map(octets)).toEqual([74, 15]);
	});

	it('folds a long line into several, each at most 75 octets', () => {
		const folded = foldLine(`DESCRIPTION:${'é'.repeat(200)}`).split('\r\n');
		expect(folded.length).toBe(6);
		expect(folded.every((l) => octets(l) <= 75)).toBe(true);
		expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
		expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(
			`DESCRIPTION:${'é'.repeat(200)}`
		);
	});
});

describe('the calendar', () => {
	it('writes one all-day event per action, checked by hand', () => {
		const ics = buildIcs({
			name: 'CRM plan · Acme, Inc.',
			now: new Date('2026-12-07T14:05:01.123Z'),
			events: [
				{
					uid: 'a1.x@crm-readiness',
					date: '2027-02-28',
					summary: 'Agree the CRM vision; write it down',
					description: 'Phase: First 90 days\nOwner: Sara'
				},
				{ uid: 'a2.x@crm-readiness', date: '2027-12-31', summary: 'Train users', description: '' }
			]
		});
		expect(ics).toBe(
			[
				'BEGIN:VCALENDAR',
				'VERSION:2.0',
				'PRODID:-//CRM Readiness//Plan//EN',
				'CALSCALE:GREGORIAN',
				'METHOD:PUBLISH',
				'X-WR-CALNAME:CRM plan · Acme\\, Inc.',
				'BEGIN:VEVENT',
				'UID:a1.x@crm-readiness',
				'DTSTAMP:20261207T140501Z',
				'DTSTART;VALUE=DATE:20270228',
				'DTEND;VALUE=DATE:20270301',
				'SUMMARY:Agree the CRM vision\\; write it down',
				'DESCRIPTION:Phase: First 90 days\\nOwner: Sara',
				'TRANSP:TRANSPARENT',
				'END:VEVENT',
				'BEGIN:VEVENT',
				'UID:a2.x@crm-readiness',
				'DTSTAMP:20261207T140501Z',
				'DTSTART;VALUE=DATE:20271231',
				'DTEND;VALUE=DATE:20280101',
				'SUMMARY:Train users',
				'TRANSP:TRANSPARENT',
				'END:VEVENT',
				'END:VCALENDAR',
				''
			].join('\r\n')
		);
	});

	it('has no bare line feed: every line ends in CRLF', () => {
		const ics = buildIcs({
			name: 'x',
			now: new Date(0),
			events: [{ uid: 'u', date: '2027-01-01', summary: 'a\nb', description: 'c\r\nd' }]
		});
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});
});
