import { expect, it } from 'vitest';
import { paretoChart, satisfactionBars, shareBars } from './charts';

it('builds the Pareto line against the even spread, in percent', () => {
	const spec = paretoChart(
		[
			{ customers: 0, value: 0 },
			{ customers: 0.5, value: 0.9 },
			{ customers: 1, value: 1 }
		],
		{ value: 'Value', even: 'Even' },
		(s) => `${s * 100}%`
	);
	expect(spec).toEqual({
		kind: 'line',
		categories: ['0%', '50%', '100%'],
		series: [
			{ name: 'Value', values: [0, 90, 100] },
			{ name: 'Even', values: [0, 50, 100] }
		]
	});
});

it('turns shares and satisfaction distributions into bars', () => {
	expect(shareBars('Share', [{ label: 'Gold', share: 0.123 }]).series[0]?.values).toEqual([12.3]);
	const spec = satisfactionBars(
		[
			{ label: 'A', measured: { dissatisfied: 1, satisfied: 1, delighted: 2 } },
			{ label: 'B', measured: { dissatisfied: 0, satisfied: 0, delighted: 0 } }
		],
		(l) => l
	);
	expect(spec.series.map((s) => [s.name, s.values])).toEqual([
		['dissatisfied', [25, null]],
		['satisfied', [25, null]],
		['delighted', [50, null]]
	]);
});
