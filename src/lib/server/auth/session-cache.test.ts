import { describe, expect, it } from 'vitest';
import { SessionCache, type ValidSession } from './session-cache';

const HOUR = 3_600_000;

function valid(name = 'Sara', expiresIn = 24 * HOUR, now = 0): ValidSession {
	return {
		session: { id: 's', userId: 'u', expiresAt: new Date(now + expiresIn) },
		user: { id: 'u', email: 'sara@example.com', name, locale: 'fa', lastOrganisationId: null },
		memberships: [{ id: 'o', name: 'Org', role: 'owner' }]
	};
}

function counting(answer: () => ValidSession | null) {
	const read = async () => {
		read.calls++;
		return answer();
	};
	read.calls = 0;
	return read;
}

describe('the session cache', () => {
	it('reads a session once and serves it from memory until it is ttl old', async () => {
		let now = 0;
		const cache = new SessionCache({ ttlMs: 5000, now: () => now });
		const read = counting(() => valid());
		expect((await cache.validate('t', read))?.user.name).toBe('Sara');
		now = 4999;
		expect((await cache.validate('t', read))?.user.name).toBe('Sara');
		expect(read.calls).toBe(1);
		now = 5000;
		await cache.validate('t', read);
		expect(read.calls).toBe(2);
		// Another token is another session.
		await cache.validate('other', read);
		expect(read.calls).toBe(3);
	});

	it('never serves a session past its expiry', async () => {
		let now = 0;
		const cache = new SessionCache({ ttlMs: 5000, now: () => now });
		const read = counting(() => valid('Sara', 1000));
		await cache.validate('t', read);
		now = 1000;
		await cache.validate('t', read);
		expect(read.calls).toBe(2);
	});

	it('does not remember tokens that open nothing', async () => {
		const cache = new SessionCache({ now: () => 0 });
		const read = counting(() => null);
		expect(await cache.validate('t', read)).toBeNull();
		expect(await cache.validate('t', read)).toBeNull();
		expect(read.calls).toBe(2);
		expect(cache.size).toBe(0);
	});

	it('forgets everything on a change, and never stores what was read before it', async () => {
		const cache = new SessionCache({ now: () => 0 });
		let name = 'Sara';
		const read = counting(() => valid(name));
		await cache.validate('t', read);
		cache.invalidate();
		name = 'Sara Ahmadi';
		expect((await cache.validate('t', read))?.user.name).toBe('Sara Ahmadi');
		expect(read.calls).toBe(2);

		// A read that was under way when the change happened is used once, not kept.
		let release: () => void = () => {};
		const slow = async () => {
			await new Promise<void>((r) => (release = r));
			return valid('before the change');
		};
		const pending = cache.validate('u', slow);
		cache.invalidate();
		release();
		expect((await pending)?.user.name).toBe('before the change');
		const after = counting(() => valid('after the change'));
		expect((await cache.validate('u', after))?.user.name).toBe('after the change');
		expect(after.calls).toBe(1);
	});

	it('is not used while changes made elsewhere could go unheard', async () => {
		let usable = false;
		const cache = new SessionCache({ usable: () => usable, now: () => 0 });
		const read = counting(() => valid());
		await cache.validate('t', read);
		await cache.validate('t', read);
		expect(read.calls).toBe(2);
		usable = true;
		await cache.validate('t', read);
		await cache.validate('t', read);
		expect(read.calls).toBe(3);
		usable = false;
		await cache.validate('t', read);
		expect(read.calls).toBe(4);
	});

	it('hands out values nobody can change in place', async () => {
		const cache = new SessionCache({ now: () => 0 });
		const got = await cache.validate('t', async () => valid());
		expect(() => {
			(got as ValidSession).user.name = 'Mallory';
		}).toThrow(TypeError);
		expect(() =>
			(got as ValidSession).memberships.push({ id: 'x', name: 'X', role: 'owner' })
		).toThrow(TypeError);
	});

	it('holds at most `max` sessions', async () => {
		const cache = new SessionCache({ max: 2, now: () => 0 });
		for (const t of ['a', 'b', 'c']) await cache.validate(t, async () => valid());
		expect(cache.size).toBeLessThanOrEqual(2);
	});

	it('can be switched off with a ttl of 0', async () => {
		const cache = new SessionCache({ ttlMs: 0, now: () => 0 });
		const read = counting(() => valid());
		await cache.validate('t', read);
		await cache.validate('t', read);
		expect(read.calls).toBe(2);
	});
});
