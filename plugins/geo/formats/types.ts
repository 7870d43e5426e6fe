import type { Geometry } from '../../../utilities/geojson'

/** One exported resource, as the export query selects it. */
export interface ExportRow {
  id: number
  title: string
  slug: string | null
  summary: string | null
  status: string | null
  category: string | null
  district: string | null
  location: Geometry
  lng: number
  lat: number
}

/** A streamed output format: a header, one chunk per resource, a footer. */
export interface ExportFormat {
  contentType: string
  extension: string
  header: string
  footer: string
  /** Chunk for one row; `first` lets formats place separators. */
  row: (row: ExportRow, first: boolean) => string
}
