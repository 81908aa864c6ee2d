import type { Params } from '$lib/i18n/translate';

/** A validation failure as a message key, translated where it is shown. */
export interface FieldError {
	key: string;
	params?: Params;
}
export type FieldErrors = Record<string, FieldError>;
