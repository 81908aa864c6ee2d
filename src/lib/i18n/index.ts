// Translation in components: messages come with the pages' data, one data key per namespace
// (`messages_<namespace>`, see ./section): the root layout sends the shell's, each area or page
// its own. So the browser only ever receives one language and what the page uses, and `t`
// stays reactive. Each namespace arrives as one packed JSON string (see $lib/packed).
import { page } from '$app/state';
import { dir, type Locale } from './locale';
import { resolve, type Params } from './translate';

export function t(key: string, params?: Params): string {
	const dot = key.indexOf('.');
	const table = dot > 0 ? page.data[`messages_${key.slice(0, dot)}`] : undefined;
	// The rest of the key is looked up in the namespace's own table (which remembers it).
	return (table && resolve(page.data.locale, table.value, key.slice(dot + 1), params)) ?? key;
}

export function locale(): Locale {
	return page.data.locale;
}

export function direction(): 'ltr' | 'rtl' {
	return dir(page.data.locale);
}

export {
	formatDate,
	formatDateTime,
	formatNumber,
	formatPercent,
	localizeDigits,
	type Locale
} from './locale';
