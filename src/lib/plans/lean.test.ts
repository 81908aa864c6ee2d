import { describe, expect, it } from 'vitest';
import { fillAction, leanAction } from './lean';
import type { ActionView } from './view';

const action: ActionView = {
	id: 'a',
	version: 1,
	added: false,
	text: 'Name a sponsor',
	recommended: null,
	phase: 'first_90_days',
	source: 'Buy-in',
	effort: 'quick',
	quickWin: true,
	element: null,
	owner: '',
	ownerRole: 'executive',
	deliverable: '',
	dependencies: [],
	delayed: false,
	due: null,
	derivedDue: null,
	status: 'planned',
	obsolete: false,
	first: true,
	last: false
};

describe('lean plan data', () => {
	it('leaves out the fields at their default and restores them exactly', () => {
		const lean = leanAction(action);
		expect(Object.keys(lean).sort()).toEqual(
			[
				'effort',
				'first',
				'id',
				'ownerRole',
				'phase',
				'quickWin',
				'source',
				'status',
				'text',
				'version'
			].sort()
		);
		expect(fillAction(lean)).toEqual(action);
	});
});
