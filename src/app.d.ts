import type { Locale } from '$lib/i18n/locale';
import type { Messages } from '$lib/i18n/translate';
import type { Session, SessionUser } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			user: SessionUser | null;
			session: Session | null;
			locale: Locale;
		}
		interface PageData {
			locale: Locale;
			messages: Messages;
			/** The current area's own namespaces (see $lib/i18n/section). */
			sectionMessages?: Messages;
		}
	}
}

export {};
