// The names of downloaded files. Every download carries two (RFC 6266): an ASCII `filename`
// every client understands, and the reader's own in `filename*`: for Persian readers Persian
// words and the Jalali date in Persian digits («مشتریان ۱۴۰۵-۰۹-۱۶.csv»). Nothing that could
// break out of the header or name a path survives in either.
import { serverT } from '$lib/i18n/server';
import type { Locale } from '$lib/i18n/locale';

// Path separators, quotes, reserved characters, controls and bidi overrides/isolates.
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f"*/:<>?\\|\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const jalali = new Intl.DateTimeFormat('fa-IR-u-ca-persian', {
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	timeZone: 'UTC'
});

/** '2026-12-07' → '۱۴۰۵-۰۹-۱۶': the same day in the Persian calendar, sortable, no slashes. */
export function jalaliStamp(isoDay: string): string {
	const parts = jalali.formatToParts(new Date(`${isoDay}T00:00:00Z`));
	const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
	return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Free text (an organisation's or a file's name) made safe for a file name. */
export function safeName(text: string, max = 80): string {
	return text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, max).trim();
}

export type DownloadKind = 'roadmap' | 'plan' | 'customers' | 'problems' | 'organisation';

/** The reader's name for a download: Persian words and a Jalali date for Persian readers. */
export function localFileName(
	locale: Locale,
	kind: DownloadKind,
	isoDay: string,
	extension: string,
	name = ''
): string {
	const date = locale === 'fa' ? jalaliStamp(isoDay) : isoDay;
	const base = serverT(locale)(`report.files.${kind}`, { date, name: safeName(name) });
	return `${safeName(base, 160)}.${extension}`;
}

/** `attachment; filename="…"; filename*=UTF-8''…`, the ASCII name cleaned of all else. */
export function attachment(ascii: string, full: string): string {
	const plain = ascii.replace(/[^\w.-]+/g, '-');
	const encoded = encodeURIComponent(full).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `attachment; filename="${plain}"; filename*=UTF-8''${encoded}`;
}
