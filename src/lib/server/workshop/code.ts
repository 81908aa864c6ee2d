// Join codes: short enough to type from a projector, long enough not to be guessed (10 symbols
// from 31 unambiguous letters and digits ≈ 49 bits; there is no "0/o", "1/l/i").
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const LENGTH = 10;
const SHAPE = new RegExp(`^[${ALPHABET}]{${LENGTH}}$`);

export function generateJoinCode(): string {
	const bytes = new Uint8Array(LENGTH * 2);
	crypto.getRandomValues(bytes);
	let code = '';
	// Rejection sampling keeps every symbol equally likely (256 is not a multiple of 31).
	for (const b of bytes) {
		if (b >= 248) continue;
		code += ALPHABET[b % ALPHABET.length];
		if (code.length === LENGTH) return code;
	}
	return generateJoinCode();
}

/** Codes are case-insensitive for people typing them; junk never reaches the database. */
export function normaliseJoinCode(value: string): string | null {
	const code = value.trim().toLowerCase();
	return SHAPE.test(code) ? code : null;
}
