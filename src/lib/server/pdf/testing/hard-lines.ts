// The three hard lines of shared notes/pdf-rtl.md, and how Chromium draws each of them as a
// right-aligned paragraph in Vazirmatn (pdf-rtl-reference.png): the glyphs read left to right,
// taken from Chromium's own PDF of the same HTML. Right-to-left stretches are written in logical
// order through drawn() so that a reader can check them.
const drawn = (logical: string) => Array.from(logical).reverse().join('');

export const HARD_LINES = [
	{
		logical: 'فروش کل: 1,234,567 ریال در سال 2024 برای شرکت Acme Corp (رشد ۴۵٪)',
		visual:
			'(٪۴۵ ' +
			drawn('رشد') +
			') Acme Corp ' +
			drawn('برای شرکت') +
			' 2024 ' +
			drawn('ریال در سال') +
			' 1,234,567 ' +
			drawn('فروش کل:')
	},
	{
		logical: 'قیمت (با مالیات) برابر است با [۲۵۰ دلار] و کد «AB-12» - آیا درست است؟',
		visual:
			drawn('آیا درست است؟') +
			' - «AB-12» ' +
			drawn('و کد') +
			' [' +
			drawn('دلار') +
			' ۲۵۰] ' +
			drawn('برابر است با') +
			' (' +
			drawn('با مالیات') +
			') ' +
			drawn('قیمت')
	},
	{
		logical: 'سفارش #۱۲۳۴ در ۱۴۰۳-۰۵-۱۲ ساعت 14:30 ثبت شد: 3 عدد × 12.50$ = 37.50$',
		visual:
			'$37.50 = $12.50 × ' +
			drawn('عدد') +
			' 3 ' +
			drawn('ثبت شد:') +
			' 14:30 ' +
			drawn('ساعت') +
			' ۱۲-۰۵-۱۴۰۳ ' +
			drawn('در') +
			' ۱۲۳۴# ' +
			drawn('سفارش')
	}
] as const;

export { drawn };
