import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4317);
const baseURL = `http://127.0.0.1:${port}`;
// Where the test SMTP server (e2e/server.js) leaves each message; read by e2e/mail.ts. Set here
// so the server and the journeys' workers agree on it.
process.env.E2E_MAIL_DIR ??= join(tmpdir(), `crm-e2e-mail-${port}`);
// Debian's Chromium by default (no browser download on these machines); CHROMIUM_PATH
// overrides it, and an empty value lets Playwright use its own browsers where installed.
const executablePath =
	process.env.CHROMIUM_PATH === undefined
		? '/usr/bin/chromium'
		: process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: true,
	workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
	forbidOnly: Boolean(process.env.CI),
	// A journey through v2's questionnaires answers about 90 statements: two minutes leaves room
	// for a busy 2-core machine (a ceiling, not a speed check).
	timeout: 120_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-extensions'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		command: 'node e2e/server.js',
		url: `${baseURL}/healthz`,
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'pipe',
		stderr: 'pipe',
		env: { PORT: String(port), ORIGIN: baseURL, E2E_MAIL_DIR: process.env.E2E_MAIL_DIR }
	}
});
