// The product's vocabulary (docs/glossary.md): each term in English, its one Persian rendering,
// and the Persian variants we do not use. glossary.test.ts fails when a Persian string of the
// messages, the current questionnaires or the PDF uses a rejected variant.
export interface Term {
	en: string;
	fa: string;
	/** Rejected Persian variants, matched as whole words (a following ZWNJ suffix counts too). */
	avoid: string[];
	note?: string;
}

export const GLOSSARY: readonly Term[] = [
	{
		en: 'building block',
		fa: 'جزء سازنده',
		avoid: ['بلوک سازنده', 'بلوک‌های سازنده'],
		note: 'plural «اجزای سازنده»'
	},
	{
		en: 'strategy',
		fa: 'استراتژی',
		avoid: ['راهبرد', 'راهبردی', 'راهبردها', 'راهبردهای'],
		note: 'adjective «استراتژیک»; the articles and the field use «استراتژی»'
	},
	{ en: 'lens', fa: 'منظر', avoid: ['محور ارزیابی', 'محورهای ارزیابی'] },
	{
		en: 'baseline',
		fa: 'خط مبنا',
		avoid: ['وضعیت پایه', 'معیار مبنا', 'وضعیت مبنا'],
		note: 'with ezafe «خط مبنای»'
	},
	{ en: 'scope', fa: 'محدوده', avoid: ['دامنه', 'دامنهٔ'], note: 'scope creep: «خزش محدوده»' },
	{
		en: 'segment',
		fa: 'بخش',
		avoid: ['سگمنت', 'سگمنت‌ها'],
		note: 'segmentation «بخش‌بندی»; a department is «واحد», never «بخش»'
	},
	{ en: 'channel', fa: 'کانال', avoid: ['مجرا', 'مجرای', 'مجرایی'] },
	{
		en: 'delighted',
		fa: 'ذوق‌زده',
		avoid: ['خشنود'],
		note: 'satisfied «راضی», dissatisfied «ناراضی»'
	},
	{ en: 'critical', fa: 'حیاتی', avoid: ['تعیین‌کننده'] },
	{
		en: 'metric',
		fa: 'سنجه',
		avoid: ['متریک'],
		note: '«شاخص» is the indicator of the goals worksheet (KPI: «شاخص کلیدی عملکرد»), not a metric'
	},
	{ en: 'facilitator', fa: 'تسهیل‌گر', avoid: ['تسهیلگر', 'تسهیل گر'] },
	{ en: 'simultaneous', fa: 'هم‌زمان', avoid: ['همزمان', 'هم زمان'] },
	{
		en: 'client (of a consultant)',
		fa: 'کارفرما',
		avoid: [],
		note: '«مشتری» is always the customer'
	},
	{ en: 'items (plural)', fa: 'موارد', avoid: ['موردها', 'موردهای'] },
	{ en: 'integration', fa: 'یکپارچه‌سازی', avoid: [], note: 'only for connecting systems' }
];

/** A Persian letter: punctuation («،») and the ezafe mark «ٔ» end a word, they do not continue it. */
const LETTER = '[\u0620-\u064A\u066E-\u06D3]';

/** The rejected variants a Persian text uses, as [variant, preferred term]. */
export function rejectedIn(text: string): [string, string][] {
	const found: [string, string][] = [];
	for (const term of GLOSSARY)
		for (const variant of term.avoid) {
			const re = new RegExp(`(?<!${LETTER})${variant}(?!${LETTER})`);
			if (re.test(text)) found.push([variant, term.fa]);
		}
	return found;
}
