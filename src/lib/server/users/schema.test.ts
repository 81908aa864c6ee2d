import { describe, expect, it } from 'vitest';
import { parse } from '$lib/server/forms';
import { changePasswordSchema, logInSchema, resetPasswordSchema, signUpSchema } from './schema';

const signUp = (password: string) =>
	parse(signUpSchema, { name: 'Sam', email: 'sam@example.com', password });

describe('new passwords', () => {
	it.each(['1234567890', 'qwertyuiop', 'Password123', 'PASSWORD123', '1q2w3e4r5t'])(
		'refuses the common password %j',
		(password) => {
			expect(signUp(password)).toMatchObject({
				ok: false,
				errors: { password: { key: 'errors.password_common' } }
			});
		}
	);

	it.each([' '.repeat(10), '1'.repeat(10), 'a'.repeat(40), 'ی'.repeat(12)])(
		'refuses one repeated character %j',
		(password) => {
			expect(signUp(password)).toMatchObject({
				ok: false,
				errors: { password: { key: 'errors.password_repeated' } }
			});
		}
	);

	it('says a password over 256 characters is too long, on every form that takes one', () => {
		const long = 'correct horse battery '.repeat(12).slice(0, 257);
		const tooLong = { key: 'errors.password_too_long' };
		expect(signUp(long)).toMatchObject({ ok: false, errors: { password: tooLong } });
		expect(parse(logInSchema, { email: 'sam@example.com', password: long })).toMatchObject({
			ok: false,
			errors: { password: tooLong }
		});
		expect(
			parse(changePasswordSchema, { current: long, password: long, confirm: long })
		).toMatchObject({ ok: false, errors: { current: tooLong, password: tooLong } });
		expect(parse(resetPasswordSchema, { password: long, confirm: long })).toMatchObject({
			ok: false,
			errors: { password: tooLong }
		});
	});

	it('accepts an uncommon password of 10 to 256 characters', () => {
		expect(signUp('correct horse battery').ok).toBe(true);
		expect(signUp('x'.repeat(255) + 'y').ok).toBe(true);
		expect(signUp('دو گنجشک روی شاخه').ok).toBe(true);
	});

	it('still says a short password is too short', () => {
		expect(signUp('1111')).toMatchObject({
			errors: { password: { key: 'errors.password_too_short' } }
		});
	});
});
