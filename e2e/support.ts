// Small steps shared by the journeys. They go through the UI, finding elements by role and
// label, so the journeys exercise what a user does.
import { expect, type Page } from '@playwright/test';

let n = 0;
export function uniqueEmail(prefix = 'user'): string {
	return `${prefix}-${Date.now().toString(36)}-${process.pid}-${++n}@example.com`;
}

export const PASSWORD = 'correct horse battery';

export interface Account {
	name: string;
	email: string;
	password: string;
}

export async function signUp(page: Page, name = 'Dana Consultant'): Promise<Account> {
	const account = {
		name,
		email: uniqueEmail(name.split(' ')[0]?.toLowerCase()),
		password: PASSWORD
	};
	await page.goto('/signup');
	await page.getByLabel(/your name|نام شما/i).fill(account.name);
	await page.getByLabel(/^email$|^ایمیل$/i).fill(account.email);
	await page.getByLabel(/^password$|^گذرواژه$/i).fill(account.password);
	await page.getByRole('button', { name: /create account|ساخت حساب/i }).click();
	await expect(page).toHaveURL(/\/orgs$/);
	return account;
}

export async function logIn(page: Page, account: Account) {
	await page.goto('/login');
	await page.getByLabel(/^email$|^ایمیل$/i).fill(account.email);
	await page.getByLabel(/^password$|^گذرواژه$/i).fill(account.password);
	await page.getByRole('button', { name: /^log in$|^ورود$/i }).click();
	await expect(page).not.toHaveURL(/\/login/);
}

/** Creates an organisation from the organisations page; returns its id. */
export async function createOrganisation(page: Page, name: string): Promise<string> {
	await page.goto('/orgs');
	await page.getByLabel(/organisation name|نام سازمان/i).fill(name);
	await page.getByRole('button', { name: /create organisation|ساخت سازمان/i }).click();
	await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	return new URL(page.url()).pathname.split('/')[2] as string;
}

export async function switchLanguage(page: Page, to: 'en' | 'fa') {
	const label = to === 'fa' ? /فارسی/ : /English/;
	await page.getByRole('button', { name: label }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', to);
}

export async function signUpWithOrganisation(page: Page, orgName = 'Acme Trading') {
	const account = await signUp(page);
	const orgId = await createOrganisation(page, orgName);
	return { account, orgId };
}
