// `npm run user:reset-password -- --email <address> [--password-stdin]`: for an installation that
// sends no mail (or a user whose mail does not arrive), the operator makes a one-time reset link
// to hand over, or sets the password read from standard input. Either way the account's earlier
// reset links stop working; setting the password also ends all of its sessions.
import { text } from 'node:stream/consumers';
import { mintResetToken, setPassword } from '../src/lib/server/auth/reset';
import { hashPassword } from '../src/lib/server/auth/password';
import { announceSessionChange } from '../src/lib/server/auth/session-signals';
import { publicOrigin } from '../src/lib/server/mail/config';
import { email as emailSchema, newPassword } from '../src/lib/server/users/schema';
import { args, DATABASE_HELP, fail, open } from './cli';

const USAGE = `Usage: npm run user:reset-password -- --email <address> [--password-stdin]

  --email <address>   the account
  --password-stdin    set the password read from standard input (one line) instead of printing
                      a link; every session of the account ends

Without --password-stdin, prints a one-time link to choose a new password. It works for one
hour; it is built from ORIGIN (now ${publicOrigin()}).

${DATABASE_HELP}`;

const values = args({ email: { type: 'string' }, 'password-stdin': { type: 'boolean' } }, USAGE);
const parsedEmail = emailSchema.safeParse(values.email ?? '');
if (!parsedEmail.success) fail(`Give the account with --email <address>.\n\n${USAGE}`);
const fromStdin = process.argv.includes('--password-stdin');
let password = '';
if (fromStdin) {
	password = (await text(process.stdin)).replace(/\r?\n$/, '');
	const checked = newPassword.safeParse(password);
	if (!checked.success)
		fail(`The password was refused (${checked.error.issues[0]?.message ?? 'invalid'}).`);
}

const { database, where } = await open();
try {
	const { db } = database;
	const user = await db
		.selectFrom('users')
		.select(['id', 'email'])
		.where('email', '=', parsedEmail.data)
		.executeTakeFirst();
	if (!user) fail(`No account with the address ${parsedEmail.data} in ${where}.`);
	if (fromStdin) {
		const passwordHash = await hashPassword(password);
		await db.transaction().execute((trx) => setPassword(trx, user.id, passwordHash));
		// Running servers on PostgreSQL forget the account's sessions they had in memory.
		if (database.engine === 'postgres') await announceSessionChange(database.pool);
		console.error(`Password of ${user.email} set; every session of the account has ended.`);
	} else {
		const { token, expiresAt } = await mintResetToken(db, user.id);
		console.error(`One-time link for ${user.email}, valid until ${expiresAt.toISOString()}:`);
		console.log(`${publicOrigin()}/reset-password/${token}`);
	}
} finally {
	await database.close();
}
