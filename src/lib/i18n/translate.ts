// Message lookup: nested JSON catalogues, dotted keys, {name} placeholders, and plural forms
// chosen with Intl.PluralRules from keys ending in _one / _other.
import { formatNumber, intlLocale, type Locale } from './locale';

export type Messages = { [key: string]: string | Messages };
export type Params = Record<string, string | number>;

function walk(messages: Messages, key: string): string | undefined {
	let node: string | Messages | undefined = messages;
	for (const part of key.split('.')) {
		if (typeof node !== 'object' || node === null) return undefined;
		node = node[part];
	}
	return typeof node === 'string' ? node : undefined;
}

// A page renders the same keys again and again (every option of every statement has its level
// label): each table remembers what its keys resolved to. Bounded, as keys can be built from
// data (a role, a state).
const resolved = new WeakMap<Messages, Map<string, string | undefined>>();
const MAX_REMEMBERED = 2000;

function lookup(messages: Messages, key: string): string | undefined {
	let known = resolved.get(messages);
	if (!known) resolved.set(messages, (known = new Map()));
	let found = known.get(key);
	if (found === undefined && !known.has(key)) {
		found = walk(messages, key);
		if (known.size >= MAX_REMEMBERED) known.clear();
		known.set(key, found);
	}
	return found;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralForm(locale: Locale, count: number): string {
	let rules = pluralRules.get(locale);
	if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlLocale(locale))));
	return rules.select(count);
}

/** The message for `key` with its parameters filled in, or undefined when there is none. */
export function resolve(
	locale: Locale,
	messages: Messages,
	key: string,
	params?: Params
): string | undefined {
	// With a count, a plural form (key_one, key_other…) wins over the plain key.
	let template: string | undefined;
	if (params && typeof params.count === 'number') {
		const form = pluralForm(locale, params.count);
		template = lookup(messages, `${key}_${form}`) ?? lookup(messages, `${key}_other`);
	}
	template ??= lookup(messages, key);
	if (template === undefined || !params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const v = params[name];
		if (v === undefined) return whole;
		return typeof v === 'number' ? formatNumber(locale, v) : v;
	});
}

/** The message for `key`, or the key itself when there is none (so a gap shows, not a blank). */
export function translate(
	locale: Locale,
	messages: Messages,
	key: string,
	params?: Params
): string {
	return resolve(locale, messages, key, params) ?? key;
}

export function flattenKeys(messages: Messages, prefix = ''): string[] {
	return Object.entries(messages).flatMap(([k, v]) =>
		typeof v === 'string' ? [prefix + k] : flattenKeys(v, `${prefix}${k}.`)
	);
}
