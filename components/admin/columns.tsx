import type { Column } from 'payload'

import React from 'react'

/** One column of a read-only report table: a heading and one rendered cell per row. */
export interface ReportColumn<Row> {
  key: string
  heading: string
  cell: (row: Row) => React.ReactNode
}

/**
 * Columns in the shape Payload's own `Table` takes, for report panels that
 * show figures rather than documents (so they look like the admin's lists,
 * in light and dark themes).
 */
export const reportColumns = <Row,>(columns: ReportColumn<Row>[], rows: readonly Row[]): Column[] =>
  columns.map((column) => ({
    accessor: column.key,
    active: true,
    field: { name: column.key, type: 'text' } as Column['field'],
    // Payload's table headings are a light grey that fails WCAG AA contrast; ours are read, so darker.
    Heading: <span style={{ color: 'var(--theme-elevation-800)' }}>{column.heading}</span>,
    renderedCells: rows.map((row, index) => <React.Fragment key={index}>{column.cell(row)}</React.Fragment>),
  }))
