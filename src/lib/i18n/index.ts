// Translation in components: messages come with the pages' data, one data key per namespace
// (`messages_<namespace>`, see ./section): the root layout sends the shell's, each area or page
// its own. So the browser only ever receives one language and what the page uses, and `t`
// stays reactive. Each namespace arrives as one packed JSON string (see $lib/packed).
import { page } from '$app/state';
import { dir, type Locale } from './locale';
import { translate, type Params } from './translate';

export function t(key: string, params?: Params): string {
	const ns = key.slice(0, key.indexOf('.'));
	const table = page.data[`messages_${ns}`];
	return table ? translate(page.data.locale, { [ns]: table.value }, key, params) : key;
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
