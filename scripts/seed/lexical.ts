/** A Lexical editor state of plain paragraphs, as the admin's editor saves it. */
export const lexicalParagraphs = (paragraphs: readonly string[], direction: 'ltr' | 'rtl' = 'ltr') => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction,
      textFormat: 0,
      textStyle: '',
      children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
    })),
  },
})
