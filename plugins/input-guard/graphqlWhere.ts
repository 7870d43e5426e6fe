import type { CollectionBeforeOperationHook } from 'payload'

import { hasNumericIds, versionFields } from './fields'
import { checkWhere } from './where'

/**
 * GraphQL's types already refuse an id that is not an Int or a select value
 * that is not an enum; JSON-typed inputs and operators that do not fit the
 * field still reach the query builder. REST's `where` is checked in the route
 * guard; this applies the same check to what GraphQL hands the operation.
 */
/** Whether a where queries a version row (`version__title`, `latest`): Payload calls findVersions' hook 'read' too. */
const queriesVersions = (where: unknown): boolean =>
  typeof where === 'object' &&
  where !== null &&
  Object.entries(where).some(
    ([key, value]) =>
      /^(version(\.|__)|latest$)/.test(key) ||
      ((key === 'and' || key === 'or') && Array.isArray(value) && value.some(queriesVersions)),
  )

export const checkGraphQLWhere: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI !== 'GraphQL') return
  const where = (args as { where?: unknown }).where
  if (where === undefined || where === null) return
  const { config } = req.payload
  const versions =
    operation === 'findVersions' ||
    operation === 'countVersions' ||
    (Boolean(collection.versions) && queriesVersions(where))
  checkWhere(
    config,
    versions
      ? versionFields(config, collection.flattenedFields, collection.slug)
      : collection.flattenedFields,
    hasNumericIds(config, collection),
    where,
  )
}
