// Which field each CSV column fills. The suggestion comes first from the mapping this
// organisation used last time (by header), then from common header names in English and
// Persian, including the headers of our own export, so an exported file maps itself back.
import type { Kysely } from 'kysely';
import { catalogues } from '$lib/i18n/catalogue';
import { CUSTOMER_FIELDS, isCustomerField, type CustomerField } from '$lib/register/fields';
import { normalise } from '$lib/register/normalise';
import type { DB } from '$lib/server/db/schema';

/** A header compared without case, spaces, punctuation or letter variants. */
export function headerKey(header: string): string {
	return normalise(header).replace(/[\s\-_.:/()#*'"]/g, '');
}

const SYNONYMS: Record<CustomerField, string[]> = {
	name: [
		'full name',
		'customer',
		'customer name',
		'client',
		'company name',
		'contact',
		'نام مشتری',
		'نام و نام خانوادگی',
		'مشتری',
		'نام شرکت',
		'عنوان'
	],
	kind: ['type', 'customer type', 'person or company', 'نوع مشتری', 'حقیقی/حقوقی'],
	tier: [
		'category',
		'class',
		'level',
		'grade',
		'segment tier',
		'دسته',
		'سطح',
		'رده مشتری',
		'گروه',
		'طبقه'
	],
	tags: ['tags', 'segment', 'segments', 'labels', 'برچسب', 'برچسب‌ها', 'بخش'],
	channel: [
		'preferred contact',
		'contact method',
		'preferred channel',
		'channel',
		'روش تماس',
		'کانال',
		'راه ارتباطی'
	],
	email: ['e-mail', 'mail', 'email address', 'ایمیل', 'پست الکترونیک', 'رایانامه', 'نشانی ایمیل'],
	phone: [
		'telephone',
		'tel',
		'mobile',
		'cell',
		'phone number',
		'تلفن',
		'موبایل',
		'همراه',
		'شماره تماس',
		'شماره تلفن',
		'تلفن همراه'
	],
	city: ['town', 'شهر', 'محل'],
	industry: ['sector', 'business', 'صنعت', 'حوزه فعالیت', 'زمینه فعالیت'],
	annual_value: [
		'value',
		'revenue',
		'annual revenue',
		'yearly value',
		'sales',
		'ارزش',
		'درآمد سالانه',
		'فروش سالانه',
		'مبلغ سالانه'
	],
	acquisition_source: [
		'source',
		'lead source',
		'channel source',
		'منبع',
		'منبع آشنایی',
		'نحوه آشنایی'
	],
	acquisition_cost: ['cac', 'cost', 'هزینه جذب', 'هزینه'],
	owner: [
		'account owner',
		'account manager',
		'sales rep',
		'مسئول',
		'کارشناس',
		'مالک',
		'مسئول حساب'
	],
	consent: [
		'opt in',
		'opt-in',
		'marketing consent',
		'اجازهٔ تماس',
		'اجازه تماس',
		'رضایت',
		'رضایت تماس'
	],
	consent_at: [
		'consent date',
		'opt in date',
		'تاریخ اجازهٔ تماس',
		'تاریخ اجازه تماس',
		'تاریخ رضایت'
	],
	notes: ['note', 'comments', 'comment', 'description', 'یادداشت', 'توضیحات', 'ملاحظات']
};

const KNOWN = new Map<string, CustomerField>();
for (const field of CUSTOMER_FIELDS) {
	const labels = (['en', 'fa'] as const).map((l) => {
		const fields = (catalogues[l].register as Record<string, Record<string, string>>).fields;
		return fields?.[field] ?? field;
	});
	for (const word of [field, ...labels, ...SYNONYMS[field]]) KNOWN.set(headerKey(word), field);
}

export type Saved = Record<string, string>;

/** A field for each header (null: leave the column out); each field is suggested once. */
export function suggest(headers: string[], saved: Saved = {}): (CustomerField | null)[] {
	const used = new Set<CustomerField>();
	return headers.map((h) => {
		const key = headerKey(h);
		const remembered = saved[key];
		const field =
			remembered !== undefined ? (isCustomerField(remembered) ? remembered : null) : KNOWN.get(key);
		if (!field || used.has(field)) return null;
		used.add(field);
		return field;
	});
}

export async function loadSaved(db: Kysely<DB>, orgId: string): Promise<Saved> {
	const row = await db
		.selectFrom('register_import_mappings')
		.select('mapping')
		.where('organisation_id', '=', orgId)
		.executeTakeFirst();
	return (row?.mapping ?? {}) as Saved;
}

/** Remembers this file's choices (a column left out is remembered as left out). */
export async function remember(
	db: Kysely<DB>,
	orgId: string,
	headers: string[],
	mapping: (string | null)[]
) {
	const saved = await loadSaved(db, orgId);
	headers.forEach((h, i) => {
		const key = headerKey(h);
		if (key) saved[key] = mapping[i] ?? '';
	});
	await db
		.insertInto('register_import_mappings')
		.values({ organisation_id: orgId, mapping: JSON.stringify(saved) })
		.onConflict((oc) =>
			oc
				.column('organisation_id')
				.doUpdateSet({ mapping: JSON.stringify(saved), updated_at: new Date() })
		)
		.execute();
}
