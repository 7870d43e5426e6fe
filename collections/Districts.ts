import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { slugField } from '../fields/slug'
import { parseGeometry } from '../utilities/geojson'

const validateGeometry =
  (allowed: readonly string[], label: string) =>
  (value: unknown): string | true => {
    if (value === null || value === undefined) return true
    const parsed = parseGeometry(value)
    if (!parsed.ok) return `${label} is not valid GeoJSON: ${parsed.reason}`
    return allowed.includes(parsed.geometry.type)
      ? true
      : `${label} must be a ${allowed.join(' or ')}, not a ${parsed.geometry.type}`
  }

export const Districts: CollectionConfig = {
  slug: 'districts',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'division', 'slug'], group: 'Catalogue' },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  defaultSort: 'slug',
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 120 },
    slugField({ from: 'name' }),
    { name: 'division', type: 'text', maxLength: 80, index: true },
    {
      name: 'centroid',
      type: 'json',
      admin: { description: 'GeoJSON Point at the district centre.' },
      validate: validateGeometry(['Point'], 'Centroid'),
    },
    {
      name: 'boundary',
      type: 'json',
      admin: { description: 'GeoJSON Polygon or MultiPolygon of the district boundary.' },
      validate: validateGeometry(['Polygon', 'MultiPolygon'], 'Boundary'),
    },
    {
      // The offline gazetteer beyond district centres: what editors type into the location
      // field's place search and what the map names a group of resources after.
      name: 'towns',
      type: 'array',
      maxRows: 200,
      admin: { description: 'Towns, tehsils and localities in the district, with a point each.' },
      fields: [
        { name: 'name', type: 'text', required: true, localized: true, maxLength: 120 },
        {
          name: 'centre',
          type: 'json',
          required: true,
          admin: { description: 'GeoJSON Point: [longitude, latitude].' },
          validate: validateGeometry(['Point'], 'Town centre'),
        },
      ],
    },
  ],
}
