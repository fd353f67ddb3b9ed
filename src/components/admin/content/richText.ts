// Paragraph texts of a Lexical rich-text value, for previews (the server lints the plain text of the same value).
type Node = { type?: string; text?: string; children?: Node[] }

const textOf = (n: Node): string => (n.type === 'linebreak' ? '\n' : (n.text ?? '') + (n.children ?? []).map(textOf).join(''))

export function richTextParagraphs(value: unknown): string[] {
  const root = (value as { root?: Node } | null)?.root
  return (root?.children ?? []).map(textOf).filter((t) => t.trim().length > 0)
}
