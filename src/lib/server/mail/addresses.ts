// Typed address lists (a facilitator's participants, a roadmap's readers): one address per line
// or separated by commas, semicolons or spaces. Every address must be a plain, valid address;
// anything else is refused by name, and nothing is sent.
import { z } from 'zod';

export const MAX_RECIPIENTS = 100;

const address = z.email();

export type AddressList =
	| { ok: true; addresses: string[] }
	| { ok: false; error: { key: string; params?: Record<string, string | number> } };

export function parseAddressList(text: string, max = MAX_RECIPIENTS): AddressList {
	const parts = text
		.split(/[\s,;]+/)
		.map((p) => p.replace(/^<(.*)>$/, '$1').trim())
		.filter(Boolean);
	const seen = new Set<string>();
	for (const part of parts) {
		// Quotes, angle brackets, control characters: never part of an address we send to.
		if (part.length > 254 || !address.safeParse(part).success)
			return {
				ok: false,
				error: { key: 'errors.invalid_email_in_list', params: { address: part.slice(0, 80) } }
			};
		seen.add(part.toLowerCase());
	}
	if (seen.size === 0) return { ok: false, error: { key: 'errors.no_addresses' } };
	if (seen.size > max)
		return { ok: false, error: { key: 'errors.too_many_addresses', params: { max } } };
	return { ok: true, addresses: [...seen] };
}

/** A form field holding such a list: parsed and checked at the edge like any other field. */
export const addressListField = z
	.string({ error: 'errors.required' })
	.max(20_000)
	.transform((text, ctx) => {
		const parsed = parseAddressList(text);
		if (parsed.ok) return parsed.addresses;
		ctx.addIssue({ code: 'custom', message: parsed.error.key, params: parsed.error.params });
		return z.NEVER;
	});

/** The same, where the list may be left empty. */
export const optionalAddressListField = z
	.string()
	.max(20_000)
	.optional()
	.transform((text, ctx) => {
		if (!text?.trim()) return [];
		const parsed = parseAddressList(text);
		if (parsed.ok) return parsed.addresses;
		ctx.addIssue({ code: 'custom', message: parsed.error.key, params: parsed.error.params });
		return z.NEVER;
	});
