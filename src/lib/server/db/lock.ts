// PGlite has no lock across processes: a second process would open the same directory
// silently and corrupt it. A lock file holding the owner's pid stops that.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LOCK_FILE = 'crm-readiness.lock';

export class DataDirLockedError extends Error {
	constructor(
		readonly dataDir: string,
		readonly pid: number
	) {
		super(
			`The embedded database in ${resolve(dataDir)} is already in use by process ${pid}. ` +
				`Only one process may open it. Stop that process, choose another DATA_DIR, ` +
				`or set DATABASE_URL to share a PostgreSQL server between several instances.`
		);
		this.name = 'DataDirLockedError';
	}
}

export interface DataDirLock {
	release(): void;
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (err) {
		// EPERM: the process exists but belongs to someone else.
		return (err as NodeJS.ErrnoException).code === 'EPERM';
	}
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
	const path = join(dataDir, LOCK_FILE);
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(path, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			let released = false;
			const release = () => {
				if (released) return;
				released = true;
				process.off('exit', release);
				rmSync(path, { force: true });
			};
			process.on('exit', release);
			return { release };
		} catch (err) {
			if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
			const pid = Number(readFileSync(path, 'utf8').trim());
			if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
				throw new DataDirLockedError(dataDir, pid);
			}
			// A stale lock left by a process that died (kill -9): take it over.
			rmSync(path, { force: true });
		}
	}
	throw new Error(`Could not lock ${path}`);
}
