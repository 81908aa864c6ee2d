// The roadmap's file name: an ASCII name every client understands, and the organisation's own
// name (Persian included) for the clients that read RFC 6266's filename*. Nothing that could
// break out of the header or name a path survives.
import type { Locale } from '$lib/i18n/locale';

// Path separators, quotes, reserved characters, controls and bidi overrides/isolates.
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f"*/:<>?\\|\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function roadmapFileName(organisation: string, locale: Locale, date: string): string {
	const slug = organisation
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `crm-roadmap-${slug ? `${slug}-` : ''}${date}-${locale}.pdf`;
}

export function contentDisposition(organisation: string, locale: Locale, date: string): string {
	const ascii = roadmapFileName(organisation, locale, date);
	const name = organisation.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
	const full = name ? `${name} - crm-roadmap-${date}-${locale}.pdf` : ascii;
	const encoded = encodeURIComponent(full).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
