// Message lookup: nested JSON catalogues, dotted keys, {name} placeholders, and plural forms
// chosen with Intl.PluralRules from keys ending in _one / _other.
import { formatNumber, intlLocale, type Locale } from './locale';

export type Messages = { [key: string]: string | Messages };
export type Params = Record<string, string | number>;

function lookup(messages: Messages, key: string): string | undefined {
	let node: string | Messages | undefined = messages;
	for (const part of key.split('.')) {
		if (typeof node !== 'object' || node === null) return undefined;
		node = node[part];
	}
	return typeof node === 'string' ? node : undefined;
}

export function translate(
	locale: Locale,
	messages: Messages,
	key: string,
	params?: Params
): string {
	// With a count, a plural form (key_one, key_other…) wins over the plain key.
	let template: string | undefined;
	if (params && typeof params.count === 'number') {
		const form = new Intl.PluralRules(intlLocale(locale)).select(params.count);
		template = lookup(messages, `${key}_${form}`) ?? lookup(messages, `${key}_other`);
	}
	template ??= lookup(messages, key);
	if (template === undefined) return key;
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const v = params[name];
		if (v === undefined) return whole;
		return typeof v === 'number' ? formatNumber(locale, v) : v;
	});
}

export function flattenKeys(messages: Messages, prefix = ''): string[] {
	return Object.entries(messages).flatMap(([k, v]) =>
		typeof v === 'string' ? [prefix + k] : flattenKeys(v, `${prefix}${k}.`)
	);
}
