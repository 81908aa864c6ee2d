// The web and the PDF tell the same story: a status, a risk level or an answer level has one
// name in each language, wherever it is shown (issue 16 §7).
import { describe, expect, it } from 'vitest';
import { catalogues } from './catalogue';
import type { Messages } from './translate';

function value(messages: Messages, key: string): string {
	return key.split('.').reduce<unknown>((n, k) => (n as Messages)[k], messages) as string;
}

/** Pairs of keys that name the same thing in two places. */
const SAME: [string, string][] = [
	// The plan page's "planned" is the roadmap's "not_started".
	['plan.status.planned', 'report.status.not_started'],
	['plan.status.in_progress', 'report.status.in_progress'],
	['plan.status.done', 'report.status.done'],
	// Risk levels on the results page and in the roadmap.
	['results.risk.levels.high', 'report.risk_level.high'],
	['results.risk.levels.medium', 'report.risk_level.medium'],
	['results.risk.levels.low', 'report.risk_level.low'],
	// Answer levels in the questionnaire ("2 · Defined") and in the roadmap's sentences
	// ("level 2 of 4, defined").
	...[0, 1, 2, 3, 4].map((l): [string, string] => [
		`respond.levels.${l}`,
		`plan.report.level_name.${l}`
	])
];

describe.each(['en', 'fa'] as const)('one name for one thing (%s)', (lang) => {
	const m = catalogues[lang];
	it.each(SAME)('%s reads as %s', (a, b) => {
		// The questionnaire's level names carry their number ("۲ · تعریف‌شده").
		// A name inside a sentence starts in lower case.
		const name = (k: string) =>
			value(m, k)
				.replace(/^[0-9۰-۹]\s*·\s*/, '')
				.toLocaleLowerCase(lang);
		expect(value(m, a)).toBeTypeOf('string');
		expect(name(a)).toBe(name(b));
	});
});
