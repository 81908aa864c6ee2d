// Generated text is stored in both languages at once: the plan is shown in whichever language
// its reader uses, and the PDF can be printed in either without generating again.
import { catalogues } from '$lib/i18n/catalogue';
import { formatNumber, type Locale } from '$lib/i18n/locale';
import { translate, type Params } from '$lib/i18n/translate';
import type { Bilingual } from '$lib/questionnaires/schema';

type PerLocale = Params | ((locale: Locale) => Params);

export function bilingual(key: string, params?: PerLocale): Bilingual {
	const one = (locale: Locale) =>
		translate(
			locale,
			catalogues[locale],
			key,
			typeof params === 'function' ? params(locale) : params
		);
	return { en: one('en'), fa: one('fa') };
}

/** Sentences joined into one paragraph in each language. */
export function paragraph(parts: readonly Bilingual[]): Bilingual {
	return {
		en: parts.map((p) => p.en).join(' '),
		fa: parts.map((p) => p.fa).join(' ')
	};
}

/** A mean level 0–4 with one decimal, in the language's digits. */
export function levelText(locale: Locale, level: number): string {
	return formatNumber(locale, Math.round(level * 10) / 10, { maximumFractionDigits: 1 });
}
