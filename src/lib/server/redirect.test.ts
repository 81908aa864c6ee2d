import { describe, expect, it } from 'vitest';
import { safeRedirect } from './redirect';

const FALLBACK = '/orgs';

describe('safeRedirect', () => {
	it('keeps a path of this origin, with its query and fragment', () => {
		expect(safeRedirect('/orgs/1/settings', FALLBACK)).toBe('/orgs/1/settings');
		expect(safeRedirect('/orgs/1/register?q=a&sort=name#top', FALLBACK)).toBe(
			'/orgs/1/register?q=a&sort=name#top'
		);
	});

	it('percent-encodes what a Location header cannot carry as it is', () => {
		expect(safeRedirect('/orgs/1/register?q=علی رضا', FALLBACK)).toBe(
			'/orgs/1/register?q=%D8%B9%D9%84%DB%8C%20%D8%B1%D8%B6%D8%A7'
		);
	});

	it.each([
		['', 'empty'],
		['orgs', 'relative'],
		['https://evil.example', 'absolute'],
		['//evil.example', 'protocol-relative'],
		['/\\evil.example', 'backslash'],
		['/\\/evil.example', 'backslash slash'],
		['/\t/evil.example', 'tab'],
		['/\n/evil.example', 'line feed'],
		['/\r/evil.example', 'carriage return'],
		['/\v/evil.example', 'vertical tab'],
		['/\u0000/evil.example', 'NUL'],
		['/\u0085/evil.example', 'next line (C1)'],
		['/\u007F/evil.example', 'DEL'],
		['/。/evil。example', 'ideographic full stop'],
		['/．/evil．example', 'full-width full stop'],
		['/｡/evil', 'half-width ideographic full stop'],
		['/／evil.example', 'full-width solidus'],
		['/＼evil.example', 'full-width reverse solidus'],
		['/../..//evil.example', 'dot segments'],
		['/' + 'a'.repeat(3000), 'too long'],
		['javascript:alert(1)', 'script scheme'],
		[' //evil.example', 'leading space']
	])('falls back on %j (%s)', (target) => {
		expect(safeRedirect(target, FALLBACK)).toBe(FALLBACK);
	});

	it('falls back on nothing at all', () => {
		expect(safeRedirect(null, FALLBACK)).toBe(FALLBACK);
		expect(safeRedirect(undefined, FALLBACK)).toBe(FALLBACK);
	});
});
