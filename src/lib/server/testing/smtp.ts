// A real SMTP server on loopback for the tests (smtp-server, by nodemailer's author): mail goes
// through a socket, the protocol and MIME exactly as to a provider, and the test reads the raw
// message. It can refuse (a 451 to every sender, a 550 to chosen recipients) or be down (closed,
// then listening again on the same port).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
	raw: string;
	from: string;
	to: string[];
	parsed: ParsedMail;
}

export type CatcherMode = 'accept' | 'refuse';

export interface CatcherOptions {
	/** Also write each raw message to this folder (for a test in another process). */
	directory?: string;
	/** Credentials the server asks for; any others are refused. */
	user?: string;
	password?: string;
}

export class SmtpCatcher {
	readonly messages: CaughtMail[] = [];
	mode: CatcherMode = 'accept';
	/** Recipients refused for good (550). */
	readonly rejected = new Set<string>();
	#server: SMTPServer | null = null;
	#port = 0;
	#waiters: (() => void)[] = [];

	constructor(private readonly options: CatcherOptions = {}) {}

	get url(): string {
		const auth = this.options.user
			? `${encodeURIComponent(this.options.user)}:${encodeURIComponent(this.options.password ?? '')}@`
			: '';
		return `smtp://${auth}127.0.0.1:${this.#port}`;
	}

	get port(): number {
		return this.#port;
	}

	async start(port = 0): Promise<this> {
		const { user, password, directory } = this.options;
		if (directory) mkdirSync(directory, { recursive: true });
		const server = new SMTPServer({
			disabledCommands: user ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
			authOptional: !user,
			allowInsecureAuth: true,
			logger: false,
			onAuth: (auth, _session, cb) =>
				auth.username === user && auth.password === password
					? cb(null, { user: auth.username })
					: cb(Object.assign(new Error('Invalid credentials'), { responseCode: 535 })),
			onMailFrom: (_address, _session, cb) =>
				this.mode === 'refuse'
					? cb(Object.assign(new Error('Try again later'), { responseCode: 451 }))
					: cb(),
			onRcptTo: (address, _session, cb) =>
				this.rejected.has(address.address.toLowerCase())
					? cb(Object.assign(new Error('No such mailbox'), { responseCode: 550 }))
					: cb(),
			onData: (stream, session, cb) => {
				const chunks: Buffer[] = [];
				stream.on('data', (c: Buffer) => chunks.push(c));
				stream.on('end', () => {
					const raw = Buffer.concat(chunks);
					void simpleParser(raw).then((parsed) => {
						const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
						const to = session.envelope.rcptTo.map((r) => r.address);
						this.messages.push({ raw: raw.toString('utf8'), from, to, parsed });
						if (directory)
							writeFileSync(join(directory, `${Date.now()}-${this.messages.length}.eml`), raw);
						for (const w of this.#waiters.splice(0)) w();
						cb();
					}, cb);
				});
			}
		});
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(port, '127.0.0.1', () => resolve());
		});
		this.#server = server;
		this.#port = (server.server.address() as { port: number }).port;
		return this;
	}

	/** Down: connections are refused until `start()` again (on the same port). */
	async stop(): Promise<void> {
		const server = this.#server;
		this.#server = null;
		if (server) await new Promise<void>((r) => server.close(() => r()));
	}

	restart(): Promise<this> {
		return this.start(this.#port);
	}

	/** The first message to `address` (waits for it). */
	async waitFor(address: string, timeoutMs = 20_000): Promise<CaughtMail> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const found = this.messages.find((m) =>
				m.to.some((t) => t.toLowerCase() === address.toLowerCase())
			);
			if (found) return found;
			const left = deadline - Date.now();
			if (left <= 0) throw new Error(`no mail to ${address} within ${timeoutMs} ms`);
			await new Promise<void>((r) => {
				const timer = setTimeout(r, Math.min(left, 250));
				this.#waiters.push(() => {
					clearTimeout(timer);
					r();
				});
			});
		}
	}

	to(address: string): CaughtMail[] {
		return this.messages.filter((m) => m.to.some((t) => t.toLowerCase() === address.toLowerCase()));
	}
}
