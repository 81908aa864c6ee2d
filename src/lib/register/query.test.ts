import { expect, it } from 'vitest';
import { listSearch } from './query';

it('keeps filters in the query string and leaves defaults out', () => {
	expect(listSearch({ q: '', sort: 'name', archived: false })).toBe('');
	expect(listSearch({ q: 'علی', tier: 'A', sort: 'value', archived: true }, { after: 'xyz' })).toBe(
		'?q=%D8%B9%D9%84%DB%8C&tier=A&sort=value&archived=1&after=xyz'
	);
});
