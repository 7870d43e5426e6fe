import type { Block, Field, Tab } from 'payload'

/** Where a field sits: whether it or a parent holds one value per locale. */
export interface FieldContext {
  localized: boolean
}

export type FieldTransform = (field: Field, context: FieldContext) => Field

const isLocalized = (field: Field): boolean => 'localized' in field && field.localized === true

/**
 * Applies `transform` to every field, however deep (groups, arrays, rows,
 * collapsibles, tabs, blocks), children first, and returns new field objects:
 * the collection's own config stays as its file wrote it.
 */
export const mapFields = (
  fields: Field[],
  transform: FieldTransform,
  context: FieldContext = { localized: false },
): Field[] =>
  fields.map((field) => {
    const inner: FieldContext = { localized: context.localized || isLocalized(field) }
    let mapped: Field = field
    if ('fields' in field && Array.isArray(field.fields)) {
      mapped = { ...field, fields: mapFields(field.fields, transform, inner) } as Field
    } else if (field.type === 'tabs') {
      mapped = {
        ...field,
        tabs: field.tabs.map(
          (tab): Tab =>
            ({
              ...tab,
              fields: mapFields(tab.fields, transform, {
                localized: inner.localized || ('localized' in tab && tab.localized === true),
              }),
            }) as Tab,
        ),
      }
    } else if (field.type === 'blocks') {
      mapped = {
        ...field,
        blocks: (field.blocks ?? []).map((block): Block => ({
          ...block,
          fields: mapFields(block.fields, transform, inner),
        })),
      }
    }
    return transform(mapped, context)
  })
