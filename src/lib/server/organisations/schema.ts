import { z } from 'zod';
import { text, uuid } from '$lib/server/forms';
import { LOCALES } from '$lib/i18n/locale';
import { ROLES } from './roles';

const role = z.enum(ROLES, { error: 'errors.invalid_choice' });

export const organisationSchema = z.object({ name: text(120) });
export const generalSchema = organisationSchema.extend({
	locale: z.enum(LOCALES, { error: 'errors.invalid_choice' })
});
/** An invitation: its link to copy, or — with an address — mailed. */
export const inviteSchema = z.object({
	role,
	email: z
		.string()
		.max(254)
		.optional()
		.transform((e) => e?.trim().toLowerCase() || undefined)
		.pipe(z.email({ error: 'errors.invalid_email' }).optional())
});
export const memberRoleSchema = z.object({ userId: uuid, role });
export const memberSchema = z.object({ userId: uuid });
export const invitationSchema = z.object({ invitationId: uuid });
