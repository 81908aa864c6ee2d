// Named styles and table layouts of the roadmap. One type scale, teal for structure, amber for
// emphasis; every table shares one quiet layout.
import type { CustomTableLayout, StyleDictionary } from 'pdfmake/interfaces';
import { COLORS } from '../theme';

export const styles: StyleDictionary = {
	h1: { fontSize: 19, bold: true, color: COLORS.primary, margin: [0, 0, 0, 4] },
	h2: { fontSize: 13, bold: true, color: COLORS.primaryDark, margin: [0, 14, 0, 6] },
	h3: { fontSize: 10.5, bold: true, color: COLORS.text, margin: [0, 8, 0, 3] },
	intro: { fontSize: 9.5, color: COLORS.muted, margin: [0, 0, 0, 12] },
	body: { fontSize: 10, margin: [0, 0, 0, 8] },
	small: { fontSize: 8.5, color: COLORS.muted },
	th: { fontSize: 8.5, bold: true, color: COLORS.white },
	td: { fontSize: 8.8 },
	tdMuted: { fontSize: 8.5, color: COLORS.muted },
	figure: { fontSize: 30, bold: true, color: COLORS.primary },
	chip: { fontSize: 8, bold: true }
};

/** Hairlines between rows, a teal header row, zebra stripes, generous padding. */
export const tableLayout: CustomTableLayout = {
	hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.5),
	vLineWidth: () => 0,
	hLineColor: () => COLORS.rule,
	fillColor: (row, node) => {
		const headerRows = node.table.headerRows ?? 0;
		if (row < headerRows) return COLORS.primary;
		return (row - headerRows) % 2 === 1 ? COLORS.zebra : null;
	},
	paddingLeft: () => 6,
	paddingRight: () => 6,
	paddingTop: () => 4,
	paddingBottom: () => 4
};

/** For layout tables (a key/value block, a legend): no lines, little padding. */
export const plainLayout: CustomTableLayout = {
	hLineWidth: () => 0,
	vLineWidth: () => 0,
	paddingLeft: () => 3,
	paddingRight: () => 3,
	paddingTop: () => 2,
	paddingBottom: () => 2
};
