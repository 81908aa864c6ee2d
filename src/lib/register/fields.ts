// The vocabulary of the register, shared by forms, import, export and the pages.
export const KINDS = ['person', 'company'] as const;
export type Kind = (typeof KINDS)[number];

export const CHANNELS = ['email', 'phone', 'fax', 'website', 'app', 'in_person'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Every field a CSV column can fill, in the order forms and exports show them. */
export const CUSTOMER_FIELDS = [
	'name',
	'kind',
	'tier',
	'tags',
	'channel',
	'email',
	'phone',
	'city',
	'industry',
	'annual_value',
	'acquisition_source',
	'acquisition_cost',
	'owner',
	'consent',
	'consent_at',
	'notes'
] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

export function isCustomerField(value: unknown): value is CustomerField {
	return typeof value === 'string' && (CUSTOMER_FIELDS as readonly string[]).includes(value);
}

export const SORTS = ['name', 'recent', 'value'] as const;
export type Sort = (typeof SORTS)[number];

export const DUPLICATE_POLICIES = ['skip', 'update', 'create'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

export const LIMITS = {
	name: 200,
	label: 60,
	tags: 20,
	text: 120,
	notes: 4000,
	summary: 2000,
	note: 1000
} as const;
