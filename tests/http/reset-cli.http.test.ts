// The operator's `npm run user:reset-password`, on PostgreSQL beside the running server (the
// embedded database admits one process): a printed link that works in the app, a password set
// from standard input that ends the account's sessions at once in the running server too, and
// clear refusals.
import { spawn } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { Client, signUp } from './client';

const engine = inject('engine');

// Asynchronous, so that the test's own connections to the server stay serviced meanwhile.
function cli(
	args: string[],
	input = ''
): Promise<{ status: number | null; stdout: string; stderr: string }> {
	const child = spawn('npx', ['tsx', 'scripts/user-reset-password.ts', ...args], {
		env: { ...process.env, DATABASE_URL: inject('databaseUrl'), ORIGIN: inject('baseURL') }
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (d) => (stdout += d));
	child.stderr.on('data', (d) => (stderr += d));
	child.stdin.end(input);
	return new Promise((resolve) =>
		child.on('close', (status) => resolve({ status, stdout, stderr }))
	);
}

describe.runIf(engine === 'postgres')('npm run user:reset-password (postgres)', () => {
	it('prints a one-time link, or sets a password from stdin and ends every session', async () => {
		const owner = new Client();
		const account = await signUp(owner, 'Operator Help');

		const printed = await cli(['--email', account.email.toUpperCase()]);
		expect(printed.status, printed.stderr).toBe(0);
		const link = printed.stdout.trim();
		expect(link).toMatch(new RegExp(`^${inject('baseURL')}/reset-password/[a-z2-7]{32}$`));
		const visitor = new Client();
		const path = new URL(link).pathname;
		expect(await (await visitor.get(path)).text()).toContain(account.email);

		const set = await cli(
			['--email', account.email, '--password-stdin'],
			'set by the operator 2027\n'
		);
		expect(set.status, set.stderr).toBe(0);
		// The running server dropped the session at once (no cache serves it), and the printed
		// link was revoked by the change.
		expect((await owner.get('/account')).status).toBe(303);
		expect(await (await visitor.get(path)).text()).toContain('replaced by a newer one');
		const login = await new Client().action('/login', {
			email: account.email,
			password: 'set by the operator 2027'
		});
		expect(login.type).toBe('redirect');
	});

	it('refuses an unknown account, a missing address and a short password, changing nothing', async () => {
		expect(await cli(['--email', 'nobody-at-all@example.com'])).toMatchObject({ status: 1 });
		expect((await cli([])).stderr).toContain('--email');
		const account = await signUp(new Client(), 'Short Pass');
		const short = await cli(['--email', account.email, '--password-stdin'], 'short\n');
		expect(short.status).toBe(1);
		expect(short.stderr).toContain('refused');
		const login = await new Client().action('/login', {
			email: account.email,
			password: account.password
		});
		expect(login.type).toBe('redirect');
	});
});
