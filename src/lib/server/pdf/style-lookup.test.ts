// The allocation-free style lookups answer exactly as pdfmake's own, for any stack.
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { forTests, installStyleLookup, loadStyleContextStack } from './style-lookup';
import { pdfmake } from './pdfmake';

type OriginalStack = {
	new (
		dictionary: unknown,
		defaults: unknown
	): {
		push(entry: unknown): void;
		getProperty(property: string): unknown;
		styleOverrides: unknown[];
	};
	getStyleProperty(item: unknown, stack: unknown, property: string, fallback: unknown): unknown;
};

// A fresh copy of pdfmake's module (not the process-wide one we patch), for its originals.
function originalStack(): OriginalStack {
	const require = createRequire(import.meta.url);
	const path = require.resolve('pdfmake/js/StyleContextStack.js');
	const cached = require.cache[path];
	delete require.cache[path];
	try {
		return (require(path) as { default: OriginalStack }).default;
	} finally {
		if (cached) require.cache[path] = cached;
	}
}

const PROPS = ['font', 'fontSize', 'bold', 'color', 'alignment'] as const;
const NAMES = ['a', 'b', 'c', 'd', 'missing'] as const;
const value = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.string());
const styleObject = fc.dictionary(fc.constantFrom(...PROPS), value, { maxKeys: 3 });
const style = fc.record(
	{
		...Object.fromEntries(PROPS.map((p) => [p, value])),
		extends: fc.oneof(fc.constantFrom(...NAMES), fc.array(fc.constantFrom(...NAMES)))
	},
	{ requiredKeys: [] }
);
const dictionary = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), style);
const entry = fc.oneof(fc.constantFrom(...NAMES), styleObject);
const item = fc.oneof(
	fc.string(),
	fc.record(
		{
			style: fc.oneof(fc.constantFrom(...NAMES), fc.array(entry, { maxLength: 3 })),
			section: fc.constant('x'),
			font: value,
			color: value
		},
		{ requiredKeys: [] }
	)
);

describe('style lookups', () => {
	it("give pdfmake's answers for any stack, named styles, extends (cycles too) and item", () => {
		const Original = originalStack();
		fc.assert(
			fc.property(
				dictionary,
				fc.option(styleObject, { nil: undefined }),
				fc.array(entry, { maxLength: 6 }),
				item,
				fc.constantFrom(...PROPS),
				(dict, defaults, overrides, it, property) => {
					const theirs = new Original(dict, defaults);
					for (const o of overrides) theirs.push(o);
					const ours = { styleDictionary: dict, defaultStyle: defaults, styleOverrides: overrides };
					expect(forTests.getProperty.call(ours as never, property)).toEqual(
						theirs.getProperty(property)
					);
					expect(
						forTests.getStyleProperty(it as never, ours as never, property, 'fallback')
					).toEqual(Original.getStyleProperty(it, theirs, property, 'fallback'));
					// pdfmake leaves its stack as it found it; ours never touches it.
					expect(theirs.styleOverrides).toEqual(overrides);
				}
			),
			{ numRuns: 2000 }
		);
	});

	it('are what pdfmake uses once it is configured, and installing twice changes nothing', () => {
		pdfmake();
		const Stack = loadStyleContextStack();
		expect(Stack.getStyleProperty).toBe(forTests.getStyleProperty);
		installStyleLookup();
		expect(Stack.getStyleProperty).toBe(forTests.getStyleProperty);
	});

	it('measure words as before: the same fonts, sizes and colours for every word', async () => {
		// A paragraph whose words take their style from the item, its named styles, the stack
		// and the defaults, measured with the remembered answers and without.
		pdfmake();
		const { default: TextInlines } = createRequire(import.meta.url)(
			'pdfmake/js/TextInlines.js'
		) as {
			default: new (doc: unknown) => {
				buildInlines(t: unknown, s: unknown): { items: Record<string, unknown>[] };
			};
		};
		const Stack = loadStyleContextStack() as unknown as new (
			d: unknown,
			s: unknown
		) => { push(x: unknown): void; styleOverrides: unknown[] };
		const font = {
			widthOfString: (t: string, size: number) => t.length * size,
			lineHeight: () => 1
		};
		const doc = { provideFont: () => font };
		const text = [
			'plain words here ',
			{ text: 'named style ', style: 'em' },
			{ text: 'own colour ', color: 'red', style: ['em', 'big'] },
			'and again'
		];
		const stack = () => {
			const s = new Stack(
				{ em: { color: 'blue', bold: true }, big: { fontSize: 20 } },
				{ fontSize: 9 }
			);
			s.push('em');
			s.push({ alignment: 'right' });
			return s;
		};
		const pick = (items: Record<string, unknown>[]) =>
			items.map((i) => [i.text, i.fontSize, i.color, i.alignment, i.width]);
		const measured = pick(new TextInlines(doc).buildInlines(text, stack()).items);
		const Original = originalStack() as unknown as typeof Stack;
		const s = new Original(
			{ em: { color: 'blue', bold: true }, big: { fontSize: 20 } },
			{ fontSize: 9 }
		);
		s.push('em');
		s.push({ alignment: 'right' });
		// pdfmake's own measure, with its own lookups, reading the original stack.
		const fresh = (() => {
			const require = createRequire(import.meta.url);
			const paths = ['pdfmake/js/TextInlines.js', 'pdfmake/js/StyleContextStack.js'].map((p) =>
				require.resolve(p)
			);
			const kept = paths.map((p) => require.cache[p]);
			for (const p of paths) delete require.cache[p];
			try {
				return (require(paths[0] as string) as { default: typeof TextInlines }).default;
			} finally {
				paths.forEach((p, i) => {
					if (kept[i]) require.cache[p] = kept[i];
				});
			}
		})();
		expect(measured).toEqual(pick(new fresh(doc).buildInlines(text, s).items));
		expect(measured[3]).toEqual(['named ', 9, 'blue', 'right', 54]);
		expect(measured[5]).toEqual(['own ', 20, 'red', 'right', 80]);
	});
});
