// ApexCharts draws axis labels as SVG text (safe), but writes its tooltip title, the series
// names in a tooltip and the legend with innerHTML. A milestone label or a customer tier of
// `<meta http-equiv="refresh" content="0;url=…">` would become markup there (issue 17 §2).
// `htmlSafe` wraps the options' formatters for exactly those places so that what they return
// is escaped text: applied once, to whatever apexOptions built.
import type { ApexOptions } from 'apexcharts';

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeHtml(value: unknown): string {
	const text = Array.isArray(value) ? value.join(' ') : value == null ? '' : String(value);
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

type Formatter = (value: unknown, opts?: unknown) => unknown;
const same: Formatter = (v) => v;

function escaped(format: Formatter | undefined): (value: unknown, opts?: unknown) => string {
	const f = format ?? same;
	return (value, opts) => escapeHtml(f(value, opts));
}

interface Globals {
	isBarHorizontal?: boolean;
	xLabelFormatter?: Formatter;
	yLabelFormatters?: Formatter[];
}

/**
 * The tooltip's title as ApexCharts would write it (a line chart hands over the category's
 * number, which its own x-label formatter turns into the name), escaped.
 */
function title(own: Formatter | undefined) {
	return (value: unknown, opts?: unknown): string => {
		if (own) return escapeHtml(own(value, opts));
		const g = (opts as { w?: { globals?: Globals } } | undefined)?.w?.globals;
		const label = g?.isBarHorizontal ? g.yLabelFormatters?.[0] : g?.xLabelFormatter;
		return escapeHtml(label ? label(value, opts) : value);
	};
}

/** The same options, with every string ApexCharts puts into HTML escaped. */
export function htmlSafe(options: ApexOptions): ApexOptions {
	const tooltip = options.tooltip ?? {};
	const y = Array.isArray(tooltip.y) ? undefined : tooltip.y;
	const yTitle = y?.title?.formatter as Formatter | undefined;
	return {
		...options,
		tooltip: {
			...tooltip,
			// The title: the category under the pointer (an array when wrapped onto lines). The
			// x-axis tooltip shows the same text.
			x: { ...tooltip.x, formatter: title(tooltip.x?.formatter as Formatter | undefined) },
			y: {
				...y,
				formatter: escaped(y?.formatter as Formatter | undefined),
				title: {
					...y?.title,
					formatter: (name: string) =>
						yTitle ? escapeHtml(yTitle(name)) : name ? `${escapeHtml(name)}: ` : ''
				}
			},
			z: { ...tooltip.z, formatter: escaped(tooltip.z?.formatter as Formatter | undefined) }
		},
		legend: {
			...options.legend,
			formatter: (name: string, opts?: unknown) =>
				escapeHtml(options.legend?.formatter ? options.legend.formatter(name, opts) : name)
		}
	};
}
