import { describe, expect, it } from 'vitest';
import { contentDisposition, roadmapFileName } from './file-name';

describe('roadmap file names', () => {
	it('makes an ASCII slug of the organisation', () => {
		expect(roadmapFileName('Café Ñandú & Co.', 'en', '2026-11-24')).toBe(
			'crm-roadmap-cafe-nandu-co-2026-11-24-en.pdf'
		);
		expect(roadmapFileName('شرکت پخش سپهر', 'fa', '2026-11-24')).toBe(
			'crm-roadmap-2026-11-24-fa.pdf'
		);
	});

	it('keeps a Persian name for filename* and nothing that breaks the header or names a path', () => {
		const header = contentDisposition('../شرکت "سپهر"\r\nX-Evil: 1\u202e', 'fa', '2026-11-24');
		expect(header).toMatch(/^attachment; filename="crm-roadmap-x-evil-1-2026-11-24-fa\.pdf"; /);
		expect(header).not.toMatch(/[\r\n]/);
		const encoded = header.split("filename*=UTF-8''")[1] ?? '';
		// Persian words and the Jalali date (۳ آذر ۱۴۰۵) for a Persian reader.
		expect(decodeURIComponent(encoded)).toBe('.. شرکت سپهر X-Evil 1 - نقشهٔ راه CRM ۱۴۰۵-۰۹-۰۳.pdf');
		expect(encoded).not.toMatch(/%2F|%5C|%22|%0D|%0A/);
	});

	it('names the English file as before', () => {
		const header = contentDisposition('Acme', 'en', '2026-12-07');
		expect(decodeURIComponent(header.split("filename*=UTF-8''")[1] ?? '')).toBe(
			'Acme - crm-roadmap-2026-12-07-en.pdf'
		);
	});
});
