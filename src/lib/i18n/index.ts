// Translation in components: messages come with the root layout's data for the current locale
// (the namespaces every page needs) and with each area's layout (`sectionMessages`), so the
// browser only ever receives one language and what the page uses, and `t` stays reactive.
import { page } from '$app/state';
import { dir, type Locale } from './locale';
import { translate, type Params } from './translate';

export function t(key: string, params?: Params): string {
	const section = page.data.sectionMessages;
	const messages =
		section && key.slice(0, key.indexOf('.')) in section ? section : page.data.messages;
	return translate(page.data.locale, messages, key, params);
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
