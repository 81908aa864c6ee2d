import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '$lib/server/auth/password';
import { text } from '$lib/server/forms';

export const email = z
	.string({ error: 'errors.required' })
	.trim()
	.max(254)
	.pipe(z.email({ error: 'errors.invalid_email' }))
	.transform((e) => e.toLowerCase());

export const newPassword = z
	.string({ error: 'errors.required' })
	.min(MIN_PASSWORD_LENGTH, { error: 'errors.password_too_short' })
	.max(MAX_PASSWORD_LENGTH);

export const signUpSchema = z.object({
	name: text(120),
	email,
	password: newPassword
});

export const logInSchema = z.object({
	email,
	password: z.string({ error: 'errors.required' }).min(1).max(MAX_PASSWORD_LENGTH)
});

export const changePasswordSchema = z
	.object({
		current: z.string({ error: 'errors.required' }).min(1).max(MAX_PASSWORD_LENGTH),
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
