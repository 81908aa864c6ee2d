// The font family the renderer provides, by name: what a document's styles ask for. Importing it
// resolves nothing from disk (fonts.ts maps the name to Vazirmatn's files when rendering), so a
// document builder can name the font without loading the renderer.
export const FONT = 'Vazirmatn';
