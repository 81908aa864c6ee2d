// The plan's messages, less what only the server writes: the generated recommendations' wording
// (plan.generated, plan.change.actions, plan.change.why) and the PDF's (plan.report). The page
// receives those texts already written, so the browser never needs their templates (issue 14
// §7: the page stays light).
import { catalogues } from '$lib/i18n/catalogue';
import type { Locale } from '$lib/i18n/locale';
import type { Messages } from '$lib/i18n/translate';
import { Packed } from '$lib/packed';

const tables = new Map<Locale, Packed<Messages>>();

function browserTable(locale: Locale): Packed<Messages> {
	let found = tables.get(locale);
	if (!found) {
		const { generated: _g, report: _r, change, ...rest } = catalogues[locale].plan as Messages;
		const { actions: _a, why: _w, ...shown } = (change ?? {}) as Messages;
		tables.set(locale, (found = new Packed({ ...rest, change: shown } as Messages)));
	}
	return found;
}

export const load = ({ locals }) => ({ messages_plan: browserTable(locals.locale) });
