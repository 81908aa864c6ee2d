import type { Locale } from '$lib/i18n/locale';
import type { Messages } from '$lib/i18n/translate';
import type { Packed } from '$lib/packed';
import type { Session, SessionUser } from '$lib/server/auth/session';
import type { OrganisationSummary } from '$lib/server/organisations/repository';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			user: SessionUser | null;
			session: Session | null;
			/** The user's organisations and roles, read with the session at the start of the request. */
			memberships: OrganisationSummary[] | null;
			locale: Locale;
		}
		interface PageData {
			locale: Locale;
			/** One per message namespace the page uses (see $lib/i18n/section). */
			[namespace: `messages_${string}`]: Packed<Messages> | undefined;
		}
	}
}

export {};
