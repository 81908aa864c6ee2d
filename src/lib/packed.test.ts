import { describe, expect, it } from 'vitest';
import { transport } from '../hooks';
import { Packed } from './packed';

describe('packed values', () => {
	const value = { title: 'آمادگی «CRM»', levels: ['0 · Absent', '</script><b>'], n: 3 };

	it('cross from server to browser as one string and come back equal', () => {
		const packed = new Packed(value);
		const encoded = transport.Packed?.encode(packed);
		expect(typeof encoded).toBe('string');
		const back = transport.Packed?.decode(encoded) as Packed<typeof value>;
		expect(back).toBeInstanceOf(Packed);
		expect(back.value).toEqual(value);
	});

	it('are serialised once, however many pages send them', () => {
		const packed = new Packed(value);
		expect(packed.json).toBe(packed.json);
		expect(JSON.parse(packed.json)).toEqual(value);
	});

	it('leave everything else to SvelteKit', () => {
		for (const other of [value, [1, 2], new Date(0), 'text'])
			expect(transport.Packed?.encode(other)).toBe(false);
	});
});
