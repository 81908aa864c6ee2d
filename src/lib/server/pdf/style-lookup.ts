// pdfmake's style lookups without their allocations.
//
// pdfmake resolves about twenty style properties for every word it measures (TextInlines.measure)
// through StyleContextStack.getStyleProperty, which pushes the word onto the style stack inside
// a fresh closure, and StyleContextStack.prototype.getProperty, which builds another closure and
// a Set for every named style it consults. On the roadmap that was the largest single share of a
// render (about a sixth of it, plus the garbage). The two functions below give the same answers
// for every stack (the test runs both on generated stacks and styles, cycles in `extends`
// included) and allocate nothing unless a style `extends` another.
import { createRequire } from 'node:module';

const MEMO = Symbol('crm-readiness.pdf.style-memo');

type Style = Record<string, unknown> & { extends?: string | string[] };
type Item = Record<string, unknown> | string;
type Stack = {
	styleDictionary: Record<string, Style | undefined>;
	defaultStyle?: Record<string, unknown>;
	styleOverrides: Item[];
	getProperty(property: string): unknown;
	[MEMO]?: Record<string, unknown>;
};
export type StyleContextStackClass = {
	prototype: { getProperty(this: Stack, property: string): unknown };
	getStyleProperty(
		item: Item,
		stack: Stack | undefined,
		property: string,
		fallback: unknown
	): unknown;
};

const isValue = (v: unknown) => v !== undefined && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string' || v instanceof String;

// A named style's value: its own, else (last parent first) its parents'. `visited` guards
// against cycles exactly as pdfmake does (a style seen before on this path yields nothing).
function fromStyle(
	dictionary: Stack['styleDictionary'],
	name: string,
	property: string,
	visited: Set<string> | undefined
): unknown {
	if (visited?.has(name)) return undefined;
	const style = dictionary[name];
	if (!style) return undefined;
	const own = style[property];
	if (isValue(own)) return own;
	const parents = style.extends;
	if (!parents) return undefined;
	const seen = visited ?? new Set<string>();
	seen.add(name);
	const list = Array.isArray(parents) ? parents : [parents];
	for (let i = list.length - 1; i >= 0; i--) {
		const value = fromStyle(dictionary, list[i] as string, property, seen);
		if (isValue(value)) return value;
	}
	return undefined;
}

function fromEntry(stack: Stack, entry: Item, property: string): unknown {
	return isString(entry)
		? fromStyle(stack.styleDictionary, String(entry), property, undefined)
		: (entry as Record<string, unknown>)[property];
}

function getProperty(this: Stack, property: string): unknown {
	const overrides = this.styleOverrides;
	if (overrides) {
		for (let i = overrides.length - 1; i >= 0; i--) {
			const value = fromEntry(this, overrides[i] as Item, property);
			if (isValue(value)) return value;
		}
	}
	return this.defaultStyle && this.defaultStyle[property];
}

// pdfmake: `auto(item, () => getProperty(property))`, i.e. the item's own value, then its named
// styles (last first), then the stack. Strings and section nodes push nothing.
function getStyleProperty(
	item: Item,
	stack: Stack | undefined,
	property: string,
	fallback: unknown
): unknown {
	const own = (item as Record<string, unknown>)[property];
	if (isValue(own)) return own;
	if (!stack) return fallback;
	if (!isString(item) && typeof item.section === 'undefined' && item.style) {
		const names = Array.isArray(item.style) ? (item.style as Item[]) : [item.style as Item];
		for (let i = names.length - 1; i >= 0; i--) {
			const value = fromEntry(stack, names[i] as Item, property);
			if (isValue(value)) return value;
		}
	}
	const memo = stack[MEMO];
	let value: unknown;
	if (memo && property in memo) value = memo[property];
	else {
		value = getProperty.call(stack, property);
		if (memo) memo[property] = value;
	}
	return isValue(value) ? value : fallback;
}

// TextInlines.measure asks the same stack the same twenty questions for every word of a
// paragraph, and changes nothing on the stack meanwhile: within one call, the stack's answers
// (not the word's own, nor its named styles') are remembered.

type Measure = (this: unknown, array: unknown[], stack: Stack | undefined) => unknown;
export type TextInlinesClass = { prototype: { measure: Measure } };

function memoised(measure: Measure): Measure {
	return function (this: unknown, array, stack) {
		if (!stack || stack[MEMO]) return measure.call(this, array, stack);
		stack[MEMO] = Object.create(null) as Record<string, unknown>;
		try {
			return measure.call(this, array, stack);
		} finally {
			stack[MEMO] = undefined;
		}
	};
}

const INSTALLED = Symbol.for('crm-readiness.pdf.style-lookup');

export function loadStyleContextStack(): StyleContextStackClass {
	return (
		createRequire(import.meta.url)('pdfmake/js/StyleContextStack.js') as {
			default: StyleContextStackClass;
		}
	).default;
}

export function loadTextInlines(): TextInlinesClass {
	return (
		createRequire(import.meta.url)('pdfmake/js/TextInlines.js') as { default: TextInlinesClass }
	).default;
}

/** Installs the lookups into pdfmake's StyleContextStack, once per process. */
export function installStyleLookup(
	StyleContextStack: StyleContextStackClass = loadStyleContextStack(),
	TextInlines: TextInlinesClass = loadTextInlines()
): void {
	const proto = StyleContextStack?.prototype as StyleContextStackClass['prototype'] & {
		[INSTALLED]?: boolean;
	};
	if (proto?.[INSTALLED]) return;
	// The originals' shape this was written against (pdfmake 0.3.11).
	const original = `${proto?.getProperty}\n${StyleContextStack?.getStyleProperty}`;
	for (const used of ['styleOverrides', 'styleDictionary', 'extends', 'defaultStyle', '.auto(']) {
		if (!original.includes(used)) {
			throw new Error(
				`pdfmake's StyleContextStack no longer uses ${used}: see src/lib/server/pdf/style-lookup.ts`
			);
		}
	}
	// measure() must still only read the stack through getStyleProperty.
	const measure = TextInlines?.prototype?.measure;
	if (typeof measure !== 'function' || /\.(push|pop|autopush|auto)\(/.test(String(measure))) {
		throw new Error(
			"pdfmake's TextInlines.measure changed: see src/lib/server/pdf/style-lookup.ts"
		);
	}
	proto.getProperty = getProperty;
	StyleContextStack.getStyleProperty = getStyleProperty;
	TextInlines.prototype.measure = memoised(measure);
	proto[INSTALLED] = true;
}

export const forTests = { getProperty, getStyleProperty };
