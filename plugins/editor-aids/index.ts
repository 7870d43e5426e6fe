import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { type FieldContext, mapFields } from './mapFields'

const component = (file: string, name = file) => `/plugins/editor-aids/admin/${file}#${name}`

export interface EditorAidsOptions {
  /**
   * Collections whose localized text and textarea fields show the English
   * text beside them while a translator fills Urdu or Pashto.
   * @default ['resources', 'organizations', 'categories', 'districts', 'tags', 'posts']
   */
  translated?: string[]
  /**
   * Collection and field whose JSON editor becomes a form built from the
   * category's attribute schema.
   * @default { collection: 'resources', field: 'attributes' }
   */
  attributes?: { collection: string; field: string } | false
}

const DEFAULT_TRANSLATED = ['resources', 'organizations', 'categories', 'districts', 'tags', 'posts']

const hasCustomField = (field: Field) =>
  Boolean((field.admin as { components?: { Field?: unknown } } | undefined)?.components?.Field)

const withComponents = (field: Field, components: Record<string, unknown>): Field =>
  ({
    ...field,
    admin: { ...field.admin, components: { ...field.admin?.components, ...components } },
  }) as Field

/** Every JSON and code field (however deep) loads Monaco from this server, never a CDN. */
const offlineEditors = (field: Field): Field => {
  if (hasCustomField(field)) return field
  if (field.type === 'json') return withComponents(field, { Field: component('OfflineJSONField') })
  if (field.type === 'code') return withComponents(field, { Field: component('OfflineCodeField') })
  return field
}

/** A localized text or textarea shows the English value under its input. */
const englishBeside = (field: Field, context: FieldContext): Field => {
  if (field.type !== 'text' && field.type !== 'textarea') return field
  if (!(context.localized || field.localized) || ('hasMany' in field && field.hasMany)) return field
  const afterInput = [...(field.admin?.components?.afterInput ?? []), component('EnglishBeside')]
  return withComponents(field, { afterInput })
}

const transformCollection = (collection: CollectionConfig, options: Required<EditorAidsOptions>) => {
  const translated = options.translated.includes(collection.slug)
  const attributes =
    options.attributes && options.attributes.collection === collection.slug ? options.attributes.field : null
  const titleField = collection.admin?.useAsTitle
  const fields = mapFields(collection.fields, (field, context) => {
    let next = field
    if (
      attributes &&
      'name' in next &&
      next.name === attributes &&
      next.type === 'json' &&
      !hasCustomField(next)
    )
      next = withComponents(next, { Field: component('AttributesField') })
    next = offlineEditors(next)
    if (translated) next = englishBeside(next, context)
    // List views in Urdu or Pashto show the English title, marked, where the translation is missing.
    if (
      titleField &&
      'name' in next &&
      next.name === titleField &&
      'localized' in next &&
      next.localized &&
      !next.admin?.components?.Cell
    )
      next = withComponents(next, { Cell: component('TitleCell') })
    return next
  })
  return { ...collection, fields }
}

/**
 * Helps for the people who fill the catalogue in the admin: code and JSON
 * editors that work offline (Monaco served by the CMS), a resource's
 * attributes as a form from its category's schema, the English text beside
 * the Urdu or Pashto field a translator is filling, English titles in list
 * views where a translation is missing, and the editor's to-do panel.
 */
export const editorAidsPlugin =
  (options: EditorAidsOptions = {}): Plugin =>
  (incoming: Config): Config => {
    const sanitized: Required<EditorAidsOptions> = {
      translated: options.translated ?? DEFAULT_TRANSLATED,
      attributes: options.attributes ?? { collection: 'resources', field: 'attributes' },
    }
    return {
      ...incoming,
      collections: (incoming.collections ?? []).map((c) => transformCollection(c, sanitized)),
      globals: (incoming.globals ?? []).map((g) => ({ ...g, fields: mapFields(g.fields, offlineEditors) })),
      admin: {
        ...incoming.admin,
        components: {
          ...incoming.admin?.components,
          providers: [...(incoming.admin?.components?.providers ?? []), component('MonacoProvider')],
          beforeDashboard: [...(incoming.admin?.components?.beforeDashboard ?? []), component('EditorToDo')],
        },
      },
    }
  }
