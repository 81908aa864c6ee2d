import { describe, expect, it } from 'vitest';
import { formToObject } from './forms';

describe('formToObject', () => {
	it('keeps repeated fields as a list and single ones as text', () => {
		const form = new FormData();
		form.append('tag', 'a');
		form.append('tag', 'b');
		form.append('name', 'Kimia');
		expect(formToObject(form)).toEqual({ tag: ['a', 'b'], name: 'Kimia' });
	});

	it('treats fields named like Object’s own properties as plain fields', () => {
		const form = new FormData();
		form.append('constructor', 'y');
		form.append('toString', 'z');
		form.append('__proto__', 'x');
		const out = formToObject(form);
		expect(out).toEqual({ constructor: 'y', toString: 'z' });
		expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
	});
});
