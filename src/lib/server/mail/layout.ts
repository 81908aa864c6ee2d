// One look for every mail: a structured message in, an HTML body (right to left for Persian)
// and its plain-text alternative out. User text is escaped here and nowhere else; header values
// are made single-line here and nowhere else.
import { dir, type Locale } from '$lib/i18n/locale';

export interface MailContent {
	subject: string;
	heading: string;
	paragraphs: string[];
	/** Words from a person (a note to the recipients), shown apart and quoted as theirs. */
	note?: { label: string; text: string };
	action?: { label: string; url: string };
	/** Small print under the button: expiry, why you got this. */
	footnotes: string[];
}

export interface RenderedMail {
	subject: string;
	html: string;
	text: string;
}

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/**
 * A value for a header (subject, display name): one line, no control characters, bounded. So no
 * name, note or title can start a header of its own, whatever it contains.
 */
export function headerText(s: string, max = 200): string {
	const line = s
		// eslint-disable-next-line no-control-regex -- removing control characters is the point
		.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const FONTS: Record<Locale, string> = {
	en: "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
	fa: "Vazirmatn, Tahoma, 'Segoe UI', Arial, sans-serif"
};

function paragraphsHtml(text: string): string {
	return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

export function renderMail(locale: Locale, content: MailContent): RenderedMail {
	const direction = dir(locale);
	const align = direction === 'rtl' ? 'right' : 'left';
	const p = (s: string) =>
		`<p style="margin:0 0 16px;line-height:1.6;text-align:${align}">${paragraphsHtml(s)}</p>`;
	const note = content.note
		? `<p style="margin:0 0 6px;color:#555;text-align:${align}">${escapeHtml(content.note.label)}</p>
<blockquote style="margin:0 0 16px;padding:8px 12px;border-${align}:3px solid #c7d2fe;background:#f5f7ff;text-align:${align}">${paragraphsHtml(content.note.text)}</blockquote>`
		: '';
	const action = content.action
		? `<p style="margin:24px 0;text-align:${align}"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:12px 20px;background:#3346d3;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(content.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#555;text-align:${align}" dir="ltr">${escapeHtml(content.action.url)}</p>`
		: '';
	const foot = content.footnotes
		.map(
			(f) =>
				`<p style="margin:0 0 8px;font-size:13px;color:#555;text-align:${align}">${paragraphsHtml(f)}</p>`
		)
		.join('\n');
	const html = `<!doctype html>
<html lang="${locale}" dir="${direction}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body dir="${direction}" style="margin:0;padding:24px;background:#f4f4f6;font-family:${FONTS[locale]};color:#1a1a1a">
<div dir="${direction}" style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff;border-radius:8px">
<h1 style="margin:0 0 16px;font-size:20px;text-align:${align}">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map(p).join('\n')}
${note}
${action}
${foot}
</div>
</body>
</html>
`;
	const text = [
		content.heading,
		'',
		...content.paragraphs.flatMap((s) => [s, '']),
		...(content.note
			? [content.note.label, ...content.note.text.split(/\r?\n/).map((l) => `> ${l}`), '']
			: []),
		...(content.action ? [`${content.action.label}:`, content.action.url, ''] : []),
		...content.footnotes.flatMap((s) => [s, ''])
	]
		.join('\n')
		.trimEnd();
	return { subject: headerText(content.subject), html, text: `${text}\n` };
}
