// Serves the production build for the browser journeys on a fresh embedded database, with a
// real SMTP server on loopback (smtp-server) that writes every message it receives, raw, to
// E2E_MAIL_DIR, where the journeys read it (e2e/mail.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

process.env.DATA_DIR ??= mkdtempSync(join(tmpdir(), 'crm-e2e-'));

const mailDir = process.env.E2E_MAIL_DIR;
if (mailDir) {
	rmSync(mailDir, { recursive: true, force: true });
	mkdirSync(mailDir, { recursive: true });
	let n = 0;
	const smtp = new SMTPServer({
		disabledCommands: ['STARTTLS', 'AUTH'],
		authOptional: true,
		logger: false,
		onData(stream, _session, callback) {
			const chunks = [];
			stream.on('data', (c) => chunks.push(c));
			stream.on('end', () => {
				writeFileSync(join(mailDir, `${Date.now()}-${++n}.eml`), Buffer.concat(chunks));
				callback();
			});
		}
	});
	await new Promise((resolve) => smtp.listen(0, '127.0.0.1', resolve));
	process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.server.address().port}`;
	process.env.MAIL_FROM ??= 'CRM Readiness <crm@example.com>';
	process.env.MAIL_POLL_SECONDS ??= '1';
}

await import(join(process.cwd(), 'build/index.js'));
