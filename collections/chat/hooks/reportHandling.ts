import type { FieldHook } from 'payload'

import { AppError } from '../../../utilities/errors'
import { handlesReportsOf } from '../access/reports'

/**
 * A report's handling fields (`status`, `handledBy`) are set by those who
 * handle the room's reports: a member filing one files it open and unhandled.
 * Updates are already limited to handlers by the collection's access.
 */
export const onlyReportHandlers =
  (filed: unknown): FieldHook =>
  async ({ field, operation, overrideAccess, req, siblingData, value }) => {
    if (operation !== 'create' || overrideAccess || value === undefined || value === (filed ?? null))
      return value
    if (await handlesReportsOf(req, siblingData?.room)) return value
    const name = 'name' in field ? field.name : 'field'
    throw new AppError(403, `${name}: only those who handle this room's reports may set it`, name)
  }
