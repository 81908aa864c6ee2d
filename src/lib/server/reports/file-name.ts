// The roadmap's file name (the PDF, the workbook, and the plan's CSV and calendar): an ASCII name every client understands, and the organisation's own
// name (Persian included; Persian words and a Jalali date for Persian readers) for the clients
// that read RFC 6266's filename*. Nothing that could break out of the header or name a path
// survives (see $lib/server/download).
import type { Locale } from '$lib/i18n/locale';
import { attachment, localFileName, safeName } from '$lib/server/download';

export function roadmapFileName(
	organisation: string,
	locale: Locale,
	date: string,
	extension = 'pdf',
	kind: 'roadmap' | 'plan' = 'roadmap'
): string {
	const slug = organisation
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `crm-${kind}-${slug ? `${slug}-` : ''}${date}-${locale}.${extension}`;
}

export function contentDisposition(
	organisation: string,
	locale: Locale,
	date: string,
	extension = 'pdf',
	kind: 'roadmap' | 'plan' = 'roadmap'
): string {
	const name = safeName(organisation);
	const file = localFileName(locale, kind, date, extension);
	return attachment(
		roadmapFileName(organisation, locale, date, extension, kind),
		name ? `${name} - ${file}` : file
	);
}
