// The filtered list as a CSV file in the user's language, streamed page by page. Its headers
// and values (yes/no, channels, the owner's email) are what the importer reads back.
import type { Kysely } from 'kysely';
import type { Locale } from '$lib/i18n/locale';
import { serverT } from '$lib/i18n/server';
import { CUSTOMER_FIELDS } from '$lib/register/fields';
import type { DB } from '$lib/server/db/schema';
import { BOM, csvLine } from './csv';
import type { Customer } from './customers';
import { list, type ListQuery } from './list';

const PAGE = 1000;

const amount = (v: string | null) => v?.replace(/\.00$/, '') ?? '';

export async function* exportCsv(
	db: Kysely<DB>,
	orgId: string,
	query: ListQuery,
	locale: Locale
): AsyncGenerator<string> {
	const t = serverT(locale);
	const cell: Record<(typeof CUSTOMER_FIELDS)[number], (c: Customer) => string> = {
		name: (c) => c.name,
		kind: (c) => t(`register.kinds.${c.kind}`),
		tier: (c) => c.tier ?? '',
		tags: (c) => c.tags.join(', '),
		channel: (c) => (c.channel ? t(`register.channels.${c.channel}`) : ''),
		email: (c) => c.email ?? '',
		phone: (c) => c.phone ?? '',
		city: (c) => c.city ?? '',
		industry: (c) => c.industry ?? '',
		annual_value: (c) => amount(c.annual_value),
		acquisition_source: (c) => c.acquisition_source ?? '',
		acquisition_cost: (c) => amount(c.acquisition_cost),
		owner: (c) => c.owner_email ?? '',
		consent: (c) => t(c.consent ? 'common.yes' : 'common.no'),
		consent_at: (c) => c.consent_at ?? '',
		notes: (c) => c.notes ?? ''
	};
	yield (
		BOM +
		csvLine([
			...CUSTOMER_FIELDS.map((f) => t(`register.fields.${f}`)),
			t('register.fields.satisfaction'),
			t('register.export.created')
		])
	);
	let after: string | undefined;
	do {
		const page = await list(db, orgId, { ...query, after, before: undefined }, PAGE);
		yield page.items
			.map((c) =>
				csvLine([
					...CUSTOMER_FIELDS.map((f) => cell[f](c)),
					c.satisfaction ? t(`register.satisfaction.${c.satisfaction}`) : '',
					c.created_at.toISOString().slice(0, 10)
				])
			)
			.join('');
		after = page.next ?? undefined;
	} while (after);
}

/** Text chunks as a byte stream that pulls the next chunk only when the client is ready. */
export function byteStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	return new ReadableStream({
		async pull(controller) {
			const next = await chunks.next();
			if (next.done) controller.close();
			else controller.enqueue(encoder.encode(next.value));
		},
		async cancel() {
			await chunks.return(undefined);
		}
	});
}
