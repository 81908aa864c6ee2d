// The customer register's figures beside the "Customer identification" and "Data management"
// goals: what the organisation's own data says about where it starts.
import type { Kysely } from 'kysely';
import type { Locale } from '$lib/i18n/locale';
import { serverT } from '$lib/i18n/server';
import { evidenceNotes, type EvidenceTarget } from '$lib/register/evidence';
import type { DB } from '$lib/server/db/schema';
import { registerEvidence } from '$lib/server/register/evidence-repository';

/** Goal id in the goals worksheet → the register's evidence target. */
const GOALS: Record<string, EvidenceTarget> = {
	'customer-identification': 'customer_identification',
	'data-management': 'data_management'
};

/** Sentences by goal id, in the reader's language. */
export async function goalEvidence(
	db: Kysely<DB>,
	orgId: string,
	locale: Locale
): Promise<Record<string, string[]>> {
	const evidence = await registerEvidence(db, orgId);
	const t = serverT(locale);
	const list = (fields: string[]) =>
		fields.map((f) => t(`register.fields.${f}`)).join(locale === 'fa' ? '، ' : ', ');
	return Object.fromEntries(
		Object.entries(GOALS).map(([goal, target]) => [
			goal,
			evidenceNotes(evidence, target).map((n) =>
				t(n.key, { ...n.params, gaps: list(n.fields ?? []) })
			)
		])
	);
}
