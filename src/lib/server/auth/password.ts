import { hash, verify } from '@node-rs/argon2';
import commonPasswords from './data/common-passwords.json';

// OWASP's argon2id parameters (19 MiB, 2 iterations, 1 lane).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

// The commonest passwords of 10 characters or more, lower-cased (see ./data/README.md).
const COMMON = new Set<string>(commonPasswords);

/**
 * Why a new password would be guessed at once (a message key), or null: one of the commonest
 * passwords (in any letter case), or one character repeated (`1111111111`, ten spaces).
 */
export function passwordProblem(password: string): string | null {
	if (/^(.)\1*$/su.test(password)) return 'errors.password_repeated';
	if (COMMON.has(password.toLowerCase())) return 'errors.password_common';
	return null;
}

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

// A fixed hash to verify against when the account does not exist, so that the answer takes
// as long as for a real account and does not reveal which e-mail addresses are registered.
let dummy: Promise<string> | undefined;
export function dummyVerify(password: string): Promise<boolean> {
	dummy ??= hashPassword('not-a-real-password-for-timing');
	return dummy.then((h) => verifyPassword(h, password)).then(() => false);
}
