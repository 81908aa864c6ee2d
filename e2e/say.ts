// The app's own messages, so the journeys find elements by the labels users read.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { Locale } from '../src/lib/i18n/locale';
import { translate, type Messages, type Params } from '../src/lib/i18n/translate';

const MESSAGES = 'src/lib/i18n/messages';

export type Say = (key: string, params?: Params) => string;

/** The message of `key` in `lang`, as the app renders it. */
export function say(lang: Locale): Say {
	const messages: Messages = Object.fromEntries(
		readdirSync(MESSAGES).map((area) => [
			area,
			JSON.parse(readFileSync(`${MESSAGES}/${area}/${lang}.json`, 'utf8')) as Messages
		])
	);
	return (key, params) => translate(lang, messages, key, params);
}

/** Matches text containing `s` (from `^` when `start`), whatever characters it holds. */
export const re = (s: string, start = false) =>
	new RegExp(`${start ? '^' : ''}${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** The facilitator opens or locks the first section, and waits for the screen to say so. */
export async function firstSection(page: Page, T: Say, to: 'open' | 'lock') {
	const [button, status] =
		to === 'open'
			? ['workshop.controls.open_named', 'workshop.live.section_opened']
			: ['workshop.controls.lock_named', 'workshop.live.section_locked'];
	await page
		.getByRole('button', { name: re(T(button, { section: '' }), true) })
		.first()
		.click();
	await expect(page.getByRole('status').filter({ hasText: T(status) })).toBeVisible();
}
