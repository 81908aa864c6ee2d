// The demo's customer register: 60 customers of a trading company, as a register kept for a
// few years looks — tiers and segments, Persian and Latin names, a value curve where a few
// customers carry most of the revenue, missing phones and e-mails, one duplicate, a history of
// interactions and satisfaction measurements — so the register pages, its insights and the
// evidence beside the "Information" block and the data goals are full.
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { addInteraction, addSatisfaction } from '$lib/server/register/entries';
import { customerSchema } from '$lib/server/register/schema';
import { create } from '$lib/server/register/service';
import type { Locale } from '$lib/i18n/locale';
import type { Rng } from './answers';

/** In the Persian demo the Latin names and summaries give way to Persian ones. */
const PERSIAN: Record<string, string> = {
	'Caspian Foods': 'صنایع غذایی کاسپین',
	'Zagros Retail': 'خرده‌فروشی زاگرس',
	'Arya Pharma Distribution': 'پخش داروی آریا',
	'Persis Hotels': 'هتل‌های پرسیس',
	'Tabriz Trading Co.': 'شرکت بازرگانی تبریز',
	'Golestan Markets': 'فروشگاه‌های گلستان',
	'Reza Karimi': 'رضا کریمی',
	'Neda Ghasemi': 'ندا قاسمی',
	'Babak Tehrani': 'بابک تهرانی',
	'Mina Rahimi': 'مینا رحیمی',
	'Arash Farahani': 'آرش فراهانی',
	'Quarterly review of prices and payment terms': 'بازبینی فصلی قیمت‌ها و شرایط پرداخت',
	'Visit to the warehouse; discussed a new delivery schedule':
		'بازدید از انبار؛ برنامهٔ تحویل تازه بررسی شد'
};

const COMPANIES = [
	'پخش البرز',
	'فروشگاه‌های زنجیره‌ای آفتاب',
	'Caspian Foods',
	'صنایع غذایی مهرگان',
	'بازرگانی نوین پارس',
	'Zagros Retail',
	'هایپر کوروش',
	'شرکت توزیع سپهر',
	'Arya Pharma Distribution',
	'کیمیا مهرآفرین',
	'فروشگاه رفاه شمال',
	'Persis Hotels',
	'رستوران‌های زنجیره‌ای شهرزاد',
	'تعاونی مصرف فرهنگیان',
	'Tabriz Trading Co.',
	'پخش سراسری یکتا',
	'بازرگانی آرین',
	'Golestan Markets',
	'فروشگاه اینترنتی سبد',
	'شرکت پارس‌نوش'
];
const PEOPLE = [
	'مریم احمدی',
	'علی رضایی',
	'زهرا حسینی',
	'Reza Karimi',
	'سارا محمدی',
	'حسین موسوی',
	'Neda Ghasemi',
	'امیر جعفری',
	'فاطمه کاظمی',
	'محمد صادقی',
	'لیلا نوری',
	'Babak Tehrani',
	'نرگس یزدانی',
	'کامران شریفی',
	'شیرین عباسی',
	'Mina Rahimi',
	'پیمان قربانی',
	'الهام مرادی',
	'Arash Farahani',
	'سمیرا اکبری'
];
const CITIES = ['تهران', 'تهران', 'تهران', 'اصفهان', 'مشهد', 'شیراز', 'تبریز', 'رشت', 'کرج'];
const TIERS = ['طلایی', 'نقره‌ای', 'برنزی'];
const SEGMENTS = ['عمده‌فروش', 'خرده‌فروش', 'زنجیره‌ای', 'آنلاین', 'هتل و رستوران'];
const CHANNELS = ['phone', 'email', 'in_person', 'website', 'app'] as const;
const SOURCES = ['نمایشگاه', 'معرفی مشتری', 'تبلیغات آنلاین', 'بازاریاب', 'وب‌سایت'];
const SUMMARIES = [
	'پیگیری سفارش ماهانه و هماهنگی زمان تحویل',
	'شکایت از تأخیر در ارسال؛ به واحد لجستیک ارجاع شد',
	'Quarterly review of prices and payment terms',
	'معرفی محصولات جدید و ارسال کاتالوگ',
	'درخواست تخفیف حجمی برای سفارش فصل بعد',
	'Visit to the warehouse; discussed a new delivery schedule'
];

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const day = (rng: Rng, fromDaysAgo: number) =>
	new Date(Date.UTC(2026, 10, 20) - Math.floor(rng() * fromDaysAgo) * 86_400_000)
		.toISOString()
		.slice(0, 10);

export async function seedRegister(
	db: Kysely<DB>,
	rng: Rng,
	orgId: string,
	userId: string,
	lang: Locale = 'en'
) {
	const say = (text: string) => (lang === 'fa' ? (PERSIAN[text] ?? text) : text);
	const rows: Record<string, string>[] = [];
	for (let i = 0; i < 60; i++) {
		const company = i < COMPANIES.length;
		const name = say(company ? (COMPANIES[i] as string) : (PEOPLE[i % PEOPLE.length] as string));
		// A long tail: the first customers are worth far more than the rest (Pareto).
		const value = Math.round(4_000_000_000 / (i + 1) ** 1.3 / 1000) * 1000;
		const tier = i < 8 ? TIERS[0] : i < 25 ? TIERS[1] : TIERS[2];
		rows.push({
			name,
			kind: company ? 'company' : 'person',
			tier: tier as string,
			tags: [pick(rng, SEGMENTS), ...(rng() < 0.3 ? [pick(rng, SEGMENTS)] : [])].join(', '),
			channel: rng() < 0.85 ? pick(rng, CHANNELS) : '',
			email: rng() < 0.7 ? `contact${i + 1}@customer${i + 1}.example` : '',
			phone: rng() < 0.75 ? `0912 ${String(1000000 + Math.floor(rng() * 8999999))}` : '',
			city: rng() < 0.9 ? pick(rng, CITIES) : '',
			industry: company ? pick(rng, ['پخش مواد غذایی', 'خرده‌فروشی', 'دارو', 'هتلداری']) : '',
			annual_value: rng() < 0.92 ? String(value) : '',
			acquisition_source: rng() < 0.6 ? pick(rng, SOURCES) : '',
			acquisition_cost: rng() < 0.4 ? String(Math.round(value * 0.04)) : '',
			consent: rng() < 0.6 ? 'yes' : 'no',
			notes: i === 0 ? 'بزرگ‌ترین مشتری؛ قرارداد سالانه در فروردین تمدید می‌شود.' : ''
		});
	}
	// The same customer entered twice, as registers kept by hand always have.
	rows.push({
		...(rows[3] as Record<string, string>),
		name: lang === 'fa' ? 'شرکت صنایع غذایی مهرگان' : 'Caspian Foods Co.'
	});

	for (const fields of rows) {
		const input = customerSchema.parse(fields);
		const created = await create(db, orgId, input, userId);
		if (!created.ok) throw new Error(`demo: could not add customer ${fields.name}`);
		for (let k = Math.floor(rng() * 4); k > 0; k--)
			await addInteraction(db, orgId, created.id, userId, {
				occurred_on: day(rng, 300),
				channel: pick(rng, CHANNELS),
				summary: say(pick(rng, SUMMARIES))
			});
		if (rng() < 0.55) {
			const expectation = 3 + Math.floor(rng() * 3);
			await addSatisfaction(db, orgId, created.id, userId, {
				measured_on: day(rng, 120),
				expectation: Math.min(expectation, 5),
				performance: Math.max(1, Math.min(5, expectation + Math.floor(rng() * 4) - 2)),
				note: null
			});
		}
	}
	return rows.length;
}
