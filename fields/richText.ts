import type { TextFieldSingleValidation } from 'payload'

import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { linkUrlProblem } from '../utilities/linkUrl'

/**
 * The CMS's rich text editor: Lexical's default features, with link
 * addresses held to utilities/linkUrl.ts (no `javascript:`, `/\host`,
 * `//host`…) wherever a document is saved from: the admin's link drawer
 * shows the reason on the URL field, and the editor's own validation refuses
 * the save over REST, GraphQL and the Local API with 400 naming the field.
 */

interface LexicalNode {
  type?: string
  children?: unknown
  fields?: { url?: unknown; linkType?: unknown }
}

const linkField: TextFieldSingleValidation = (value, { siblingData }) => {
  // Internal links name a document, not an address.
  if ((siblingData as { linkType?: unknown } | undefined)?.linkType === 'internal') return true
  return linkUrlProblem(value) ? `This link ${linkUrlProblem(value)}` : true
}

/** The first link in a Lexical value whose address is refused, as a message; null when all are fine. */
export const refusedLink = (value: unknown): string | null => {
  const stack: unknown[] = [(value as { root?: unknown } | null | undefined)?.root]
  while (stack.length) {
    const node = stack.pop() as LexicalNode | undefined
    if (!node || typeof node !== 'object') continue
    if ((node.type === 'link' || node.type === 'autolink') && node.fields?.linkType !== 'internal') {
      const problem = linkUrlProblem(node.fields?.url)
      if (problem) {
        const url = typeof node.fields?.url === 'string' ? node.fields.url : ''
        const shown = JSON.stringify(url.length > 80 ? `${url.slice(0, 77)}...` : url)
        return `The link ${shown} ${problem}`
      }
    }
    if (Array.isArray(node.children)) stack.push(...node.children)
  }
  return null
}

export const richTextEditor = (): ReturnType<typeof lexicalEditor> => {
  const provider = lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => feature.key !== 'link'),
      LinkFeature({
        fields: ({ defaultFields }) =>
          defaultFields.map((field) =>
            'name' in field && field.name === 'url' && field.type === 'text'
              ? ({ ...field, validate: linkField } as typeof field)
              : field,
          ),
      }),
    ],
  })
  return async (args) => {
    const adapter = await provider(args)
    return {
      ...adapter,
      // Checked before Lexical's node validation, whose message for a link
      // says only that "url" is invalid, not why.
      validate: async (value, options) => refusedLink(value) ?? adapter.validate(value, options),
    }
  }
}
