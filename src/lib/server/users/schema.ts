import { z } from 'zod';
import {
	MAX_PASSWORD_LENGTH,
	MIN_PASSWORD_LENGTH,
	passwordProblem
} from '$lib/server/auth/password';
import { text } from '$lib/server/forms';

export const email = z
	.string({ error: 'errors.required' })
	.trim()
	.max(254)
	.pipe(z.email({ error: 'errors.invalid_email' }))
	.transform((e) => e.toLowerCase());

// The string's own `error` would name every failed check (a 300-character password was
// "required"): each check names its own.
const TOO_LONG = { error: 'errors.password_too_long' };

export const newPassword = z
	.string({ error: 'errors.required' })
	.min(MIN_PASSWORD_LENGTH, { error: 'errors.password_too_short' })
	.max(MAX_PASSWORD_LENGTH, TOO_LONG)
	.superRefine((password, ctx) => {
		const problem = passwordProblem(password);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	});

/** A password typed to prove who one is (not chosen now): only its length is checked. */
const givenPassword = z
	.string({ error: 'errors.required' })
	.min(1, { error: 'errors.required' })
	.max(MAX_PASSWORD_LENGTH, TOO_LONG);

export const signUpSchema = z.object({
	name: text(120),
	email,
	password: newPassword
});

export const logInSchema = z.object({
	email,
	password: givenPassword
});

export const changePasswordSchema = z
	.object({
		current: givenPassword,
		password: newPassword,
		confirm: z.string({ error: 'errors.required' })
	})
	.refine((v) => v.password === v.confirm, {
		path: ['confirm'],
		error: 'errors.passwords_differ'
	});

export const profileSchema = z.object({ name: text(120) });

export const languageSchema = z.object({
	lang: z.enum(['en', 'fa']),
	redirectTo: z.string().max(2000).optional()
});

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
	.object({ password: newPassword, confirm: z.string({ error: 'errors.required' }) })
	.refine((v) => v.password === v.confirm, {
		path: ['confirm'],
		error: 'errors.passwords_differ'
	});
