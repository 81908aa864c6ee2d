// Translation on the server (form messages, PDF, CSV headers): the whole catalogue is here.
import { catalogues } from './catalogue';
import type { Locale } from './locale';
import { translate, type Params } from './translate';

export function serverT(locale: Locale) {
	return (key: string, params?: Params) => translate(locale, catalogues[locale], key, params);
}

export function negotiateLocale(acceptLanguage: string | null): Locale {
	if (!acceptLanguage) return 'en';
	for (const part of acceptLanguage.split(',')) {
		const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
		if (tag.startsWith('fa') || tag.startsWith('per')) return 'fa';
		if (tag.startsWith('en')) return 'en';
	}
	return 'en';
}
