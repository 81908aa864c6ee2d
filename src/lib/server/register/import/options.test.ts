import { expect, it } from 'vitest';
import { parseOptions } from './options';

it('reads the mapping by column, the policy and all-or-nothing', () => {
	expect(
		parseOptions({ map_0: 'name', map_2: 'email', map_1: '', policy: 'update', atomic: 'on' })
	).toEqual({
		ok: true,
		data: { mapping: ['name', null, 'email'], policy: 'update', atomic: true }
	});
	expect(parseOptions({ map_0: 'name' })).toEqual({
		ok: true,
		data: { mapping: ['name'], policy: 'skip', atomic: false }
	});
});

it('refuses a field mapped twice, an unknown field, no name and an unknown policy', () => {
	expect(parseOptions({ map_0: 'name', map_1: 'email', map_2: 'email' })).toEqual({
		ok: false,
		errors: { map_2: { key: 'register.import.errors.mapped_twice' } }
	});
	expect(parseOptions({ map_0: 'email', map_1: 'shoe_size', policy: 'merge' })).toEqual({
		ok: false,
		errors: {
			map_1: { key: 'errors.invalid_choice' },
			_form: { key: 'register.import.errors.name_required' },
			policy: { key: 'errors.invalid_choice' }
		}
	});
});
