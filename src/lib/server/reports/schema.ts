// What the form that mails the roadmap may send: the roadmap's language, members of the
// organisation and typed addresses (at least one of the two, checked with the members), a note.
import { z } from 'zod';
import { LOCALES } from '$lib/i18n/locale';
import { optionalText, uuid } from '$lib/server/forms';
import { MAX_RECIPIENTS, optionalAddressListField } from '$lib/server/mail/addresses';

export const mailRoadmapSchema = z.object({
	locale: z.enum(LOCALES, { error: 'errors.invalid_choice' }),
	members: z
		.union([uuid, z.array(uuid).max(MAX_RECIPIENTS)])
		.optional()
		.transform((v) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])]),
	addresses: optionalAddressListField,
	note: optionalText(1000)
});
