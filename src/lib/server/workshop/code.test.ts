import { describe, expect, it } from 'vitest';
import { generateJoinCode, normaliseJoinCode } from './code';

describe('join codes', () => {
	it('are ten unambiguous symbols, different every time', () => {
		const codes = new Set(Array.from({ length: 500 }, generateJoinCode));
		expect(codes.size).toBe(500);
		for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{10}$/);
	});

	it('forgive capitals and spaces typed from a projector, and refuse anything else', () => {
		expect(normaliseJoinCode(' K7M2P9XQ4R ')).toBe('k7m2p9xq4r');
		for (const junk of ['', 'k7m2p9xq4', 'k7m2p9xq4r1', 'k7m2p9xq4o', "k7m2'9xq4r", 'k7m2p9xq4ل'])
			expect(normaliseJoinCode(junk), junk).toBeNull();
	});
});
