/**
 * GraphQL validation rules that refuse a costly or malformed operation before
 * any resolver runs. Every root field (an alias is one more) resolves at
 * once, each with queries of its own, so their number bounds how many pool
 * connections one request can hold; the field count and nesting bound the
 * work per document; `limit`/`page` bounds match REST's.
 */
import type {
  ExecutionArgs,
  FragmentDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql'

import { GraphQLError, Kind } from 'graphql'

import { LIMITS } from './limits'

const costError = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'COST_LIMIT', statusCode: 400 } })
const inputError = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', statusCode: 400 } })

interface Shape {
  rootFields: number
  fields: number
  depth: number
}

/** Counts fields and nesting of a selection set, fragments expanded (each at most once per path). */
const measure = (
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  level: number,
  visiting: Set<string>,
  shape: Shape,
) => {
  shape.depth = Math.max(shape.depth, level)
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      shape.fields += 1
      if (level === 1) shape.rootFields += 1
      // Past the limit the answer is known; counting on would only cost time.
      if (shape.fields > LIMITS.maxFields && level > 1) return
      if (selection.selectionSet) measure(selection.selectionSet, fragments, level + 1, visiting, shape)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      measure(selection.selectionSet, fragments, level, visiting, shape)
    } else {
      const name = selection.name.value
      const fragment = fragments.get(name)
      if (!fragment || visiting.has(name)) continue
      visiting.add(name)
      measure(fragment.selectionSet, fragments, level, visiting, shape)
      visiting.delete(name)
    }
  }
}

const costRule: ValidationRule = (context: ValidationContext) => ({
  Document(document) {
    const fragments = new Map(
      document.definitions.flatMap((d) =>
        d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [],
      ),
    )
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue
      const shape: Shape = { rootFields: 0, fields: 0, depth: 0 }
      measure(definition.selectionSet, fragments, 1, new Set(), shape)
      if (shape.rootFields > LIMITS.maxRootFields) {
        context.reportError(
          costError(
            `Query cost limit: at most ${LIMITS.maxRootFields} root fields per operation (aliases count as fields); this one has ${shape.rootFields}`,
          ),
        )
      }
      if (shape.fields > LIMITS.maxFields) {
        context.reportError(costError(`Query cost limit: at most ${LIMITS.maxFields} fields per operation`))
      }
      if (shape.depth > LIMITS.maxQueryDepth) {
        context.reportError(
          costError(
            `Query depth limit: selections nested at most ${LIMITS.maxQueryDepth} deep; this one is ${shape.depth}`,
          ),
        )
      }
    }
    return false
  },
})

/** `limit`, `page` and `pagination` arguments, as literals or variables, within REST's bounds. */
const argumentsRule =
  (variables: Record<string, unknown>): ValidationRule =>
  (context: ValidationContext) => ({
    Argument(node) {
      const name = node.name.value
      if (name !== 'limit' && name !== 'page' && name !== 'pagination') return
      const value =
        node.value.kind === Kind.VARIABLE
          ? variables[node.value.name.value]
          : node.value.kind === Kind.INT
            ? Number(node.value.value)
            : node.value.kind === Kind.BOOLEAN
              ? node.value.value
              : undefined
      if (value === undefined || value === null) return
      if (name === 'pagination') {
        if (value === false) {
          context.reportError(
            costError(
              `pagination: cannot be turned off; page through with limit ≤ ${LIMITS.maxGraphQLLimit}`,
            ),
          )
        }
        return
      }
      const [min, max] = name === 'limit' ? [1, LIMITS.maxGraphQLLimit] : [1, LIMITS.maxPage]
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        context.reportError(
          (name === 'limit' ? costError : inputError)(
            `${name}: must be a whole number from ${min} to ${max}`,
          ),
        )
      }
    },
  })

/** PostgreSQL text cannot hold U+0000; a literal with one is refused naming its argument. */
const nulRule: ValidationRule = (context: ValidationContext) => ({
  StringValue(node, _key, _parent, _path, ancestors) {
    if (!node.value.includes('\u0000')) return
    const argument = [...ancestors].reverse().find((a) => 'kind' in a && a.kind === Kind.ARGUMENT)
    const name = argument && 'name' in argument && argument.name ? argument.name.value : 'value'
    context.reportError(inputError(`${name}: must not contain NUL characters`))
  },
})

/** For `graphQL.validationRules`: Payload calls it once per request with the request's variables. */
export const graphQLValidationRules = (args: ExecutionArgs): ValidationRule[] => [
  costRule,
  argumentsRule((args.variableValues ?? {}) as Record<string, unknown>),
  nulRule,
]
