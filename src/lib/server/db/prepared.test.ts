import { describe, expect, it } from 'vitest';
import { PLAN_EACH_RUN, StatementNames } from './prepared';

describe('which statements are prepared', () => {
	it('names a statement the second time it is sent, and keeps that name', () => {
		const names = new StatementNames();
		const text = 'select "id" from "users" where "id" = $1';
		expect(names.nameFor(text)).toBeUndefined();
		const name = names.nameFor(text);
		expect(name).toMatch(/^k_[\w-]{24}$/);
		expect(names.nameFor(text)).toBe(name);
		expect(names.nameFor('select "id" from "users" where "email" = $1')).toBeUndefined();
		expect(names.size).toBe(1);
	});

	it('sends transaction control and DDL as they are', () => {
		const names = new StatementNames();
		for (const text of ['begin', 'commit', 'create table t (v int)', 'set local x = 1'])
			for (let i = 0; i < 3; i++) expect(names.nameFor(text), text).toBeUndefined();
		for (const text of ['  SELECT 1', 'insert into t values ($1)', 'with a as (select 1) select 1'])
			expect([names.nameFor(text), names.nameFor(text)][1], text).toBeDefined();
	});

	it('names no more than its limit, and forgets texts seen once when there are too many', () => {
		const names = new StatementNames(2, 3);
		for (const n of [1, 2, 3]) {
			names.nameFor(`select ${n}`);
			names.nameFor(`select ${n}`);
		}
		expect(names.size).toBe(2);
		expect(names.nameFor('select 3')).toBeUndefined();

		const few = new StatementNames(10, 3);
		for (const n of [1, 2, 3, 4]) few.nameFor(`select ${n}`); // the fourth clears the first three
		expect(few.nameFor('select 1')).toBeUndefined();
		expect(few.nameFor('select 4')).toBeDefined();
	});

	it('never names a statement marked to be planned on every run', () => {
		const names = new StatementNames();
		const text = `select 1 from customers where tier = $1 ${PLAN_EACH_RUN}`;
		for (let i = 0; i < 5; i++) expect(names.nameFor(text)).toBeUndefined();
		expect(names.size).toBe(0);
	});
});
