// Random tokens for sessions, invitations and workshop participants: 20 random bytes
// (160 bits) in lower-case base32; only their SHA-256 is ever stored.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

export function generateToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Shape check before any lookup, so that junk never reaches the database. */
export function isTokenShaped(token: string): boolean {
	return /^[a-z2-7]{32}$/.test(token);
}
