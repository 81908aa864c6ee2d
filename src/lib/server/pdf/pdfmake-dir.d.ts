// Our one addition to pdfmake's style properties: a paragraph's base direction, read by the
// right-to-left layout (rtl/install.ts). Without it, right-aligned means right to left and
// anything else follows the paragraph's first strong character.
import 'pdfmake/interfaces';

declare module 'pdfmake/interfaces' {
	interface Style {
		dir?: 'ltr' | 'rtl' | undefined;
	}
}
