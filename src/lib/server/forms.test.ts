import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formToObject, optionalText, parse, text } from './forms';

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

describe('control characters in form fields', () => {
	const schema = z.object({ name: text(50), notes: optionalText(500) });

	it.each(['a\u0000b', '\u0001', 'x\u001Fy', 'del\u007F', 'vt\u000Bx', 'ff\u000C'])(
		'refuses %j by field, before the schema reads it',
		(value) => {
			expect(parse(schema, { name: 'Ada', notes: value })).toMatchObject({
				ok: false,
				errors: { notes: { key: 'errors.control_characters' } }
			});
		}
	);

	it('refuses a control character in a repeated field or a field name', () => {
		expect(parse(schema, { name: ['Ada', 'B\u0000'] })).toMatchObject({
			errors: { name: { key: 'errors.control_characters' } }
		});
		expect(parse(schema, { name: 'Ada', 'x\u0000': 'y' })).toMatchObject({
			errors: { _form: { key: 'errors.control_characters' } }
		});
	});

	it('keeps tabs and line breaks, which people type', () => {
		expect(parse(schema, { name: 'Ada', notes: 'one\ttwo\r\nthree\n' })).toMatchObject({
			ok: true,
			data: { notes: 'one\ttwo\r\nthree' }
		});
	});

	it('shows the refused value again without its control characters', () => {
		const r = parse(schema, { name: 'A\u0000da' });
		expect(r).toMatchObject({ ok: false, values: { name: 'Ada' } });
	});
});
