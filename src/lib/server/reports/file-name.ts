// The roadmap's file name: an ASCII name every client understands, and the organisation's own
// name (Persian included; Persian words and a Jalali date for Persian readers) for the clients
// that read RFC 6266's filename*. Nothing that could break out of the header or name a path
// survives (see $lib/server/download).
import type { Locale } from '$lib/i18n/locale';
import { attachment, localFileName, safeName } from '$lib/server/download';

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
	const name = safeName(organisation);
	const file = localFileName(locale, 'roadmap', date, 'pdf');
	return attachment(roadmapFileName(organisation, locale, date), name ? `${name} - ${file}` : file);
}
