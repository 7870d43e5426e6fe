import type { CollectionConfig, Config, Field } from 'payload'

import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { checkCoordinates } from '../../plugins/geo/admin/coordinates'
import { placeLabel, placesFromDistricts, searchPlaces } from '../../plugins/geo/admin/gazetteer'
import {
  asAttributes,
  inputText,
  mergeUndeclared,
  storedValue,
  undeclared,
  withAttribute,
} from '../../plugins/editor-aids/attributeForm'
import { editorAidsPlugin } from '../../plugins/editor-aids'
import { monacoFile } from '../../plugins/editor-aids/monaco/serveMonaco'
import { MONACO_VERSION } from '../../plugins/editor-aids/monaco/version'
import { monthsBefore } from '../../plugins/editor-aids/todo'

describe('self-hosted Monaco', () => {
  it('pins the installed monaco-editor version', () => {
    const installed = JSON.parse(
      readFileSync(path.resolve('node_modules/monaco-editor/package.json'), 'utf8'),
    )
    expect(MONACO_VERSION).toBe(installed.version)
  })

  it('serves its files and nothing outside its folder', async () => {
    const loader = await monacoFile(MONACO_VERSION, ['vs', 'loader.js'])
    expect(loader.status).toBe(200)
    expect(loader.headers['Content-Type']).toMatch(/javascript/)
    expect(
      (await monacoFile(MONACO_VERSION, ['vs', 'editor', 'editor.main.css'])).headers['Content-Type'],
    ).toMatch(/css/)
    for (const segments of [
      ['vs', '..', '..', 'package.json'],
      ['vs', '..', 'package.json'],
      ['vs', 'nls', '..', '..', '..', 'package.json'],
      ['vs', '%2e%2e', 'package.json'],
      ['vs', 'README.md'],
      ['min', 'vs', 'loader.js'],
      ['vs', 'no-such-file.js'],
      ['vs', 'loader.js\0'],
    ])
      expect((await monacoFile(MONACO_VERSION, segments)).status, segments.join('/')).toBe(404)
    expect((await monacoFile('0.55.1', ['vs', 'loader.js'])).status).toBe(404)
  })
})

describe('the offline gazetteer', () => {
  const places = placesFromDistricts([
    {
      slug: 'mardan',
      name: { en: 'Mardan', ur: 'مردان', ps: 'مردان' },
      centroid: { type: 'Point', coordinates: [72.04, 34.2] },
    },
    {
      slug: 'kohat',
      name: { en: 'Kohat', ur: 'کوہاٹ', ps: 'کوهاټ' },
      centroid: { type: 'Point', coordinates: [71.44, 33.58] },
    },
    {
      slug: 'upper-dir',
      name: { en: 'Upper Dir', ur: 'اپر دیر', ps: 'بر دیر' },
      centroid: { type: 'Point', coordinates: [71.88, 35.2] },
    },
    { slug: 'nowhere', name: { en: 'No centroid' }, centroid: null },
  ])

  it('keeps districts with a centre', () => {
    expect(places.map((p) => p.slug)).toEqual(['mardan', 'kohat', 'upper-dir'])
    expect(places[0]!.centre).toEqual([72.04, 34.2])
  })

  it('finds a district by its name in any of the three languages, folding letter variants', () => {
    expect(searchPlaces(places, 'mar').map((p) => p.slug)).toEqual(['mardan'])
    expect(searchPlaces(places, 'کوہاٹ').map((p) => p.slug)).toEqual(['kohat'])
    // Typed with Pashto letters (ه, ټ), the Urdu and Pashto spellings both match.
    expect(searchPlaces(places, 'کوهاټ').map((p) => p.slug)).toEqual(['kohat'])
    expect(searchPlaces(places, 'dir').map((p) => p.slug)).toEqual(['upper-dir'])
    expect(searchPlaces(places, 'بر دیر').map((p) => p.slug)).toEqual(['upper-dir'])
    expect(searchPlaces(places, '  ')).toEqual([])
  })

  it('ranks names that start with the query above names that contain it', () => {
    const more = placesFromDistricts([
      { slug: 'kohat', name: { en: 'Kohat' }, centroid: { type: 'Point', coordinates: [71.44, 33.58] } },
      { slug: 'hangu', name: { en: 'Hangu' }, centroid: { type: 'Point', coordinates: [71.06, 33.53] } },
    ])
    expect(searchPlaces(more, 'ha').map((p) => p.slug)).toEqual(['hangu', 'kohat'])
  })

  describe('towns', () => {
    const withTowns = placesFromDistricts([
      {
        slug: 'mardan',
        name: { en: 'Mardan', ur: 'مردان', ps: 'مردان' },
        centroid: { type: 'Point', coordinates: [72.05, 34.2] },
        towns: [
          {
            id: 't1',
            name: { en: 'Takht Bhai', ur: 'تخت بھائی', ps: 'تخت بهائي' },
            centre: { type: 'Point', coordinates: [71.946, 34.286] },
          },
          {
            id: 't2',
            name: { en: 'Katlang', ur: 'کاٹلنگ', ps: 'کاټلنګ' },
            centre: { type: 'Point', coordinates: [72.08, 34.36] },
          },
          // No point: not a place to jump to.
          { id: 't3', name: { en: 'Nowhere' }, centre: null },
        ],
      },
      {
        slug: 'kohat',
        name: { en: 'Kohat', ur: 'کوہاٹ', ps: 'کوهاټ' },
        centroid: null,
        towns: [
          {
            id: 't4',
            name: { en: 'Jangal Khel', ur: 'جنگل خیل', ps: 'جنګل خېل' },
            centre: { type: 'Point', coordinates: [71.44, 33.595] },
          },
        ],
      },
    ])
    const keys = (typed: string) => searchPlaces(withTowns, typed).map((p) => p.key)

    it('keeps towns with a point, even in a district without a centroid', () => {
      expect(withTowns.map((p) => [p.kind, p.key])).toEqual([
        ['district', 'mardan'],
        ['town', 'mardan/t1'],
        ['town', 'mardan/t2'],
        ['town', 'kohat/t4'],
      ])
      expect(withTowns[1]!.centre).toEqual([71.946, 34.286])
    })

    it('finds a town by its English, Urdu or Pashto name', () => {
      expect(keys('takht')).toEqual(['mardan/t1'])
      expect(keys('Bhai')).toEqual(['mardan/t1'])
      expect(keys('تخت بھائی')).toEqual(['mardan/t1'])
      expect(keys('تخت بهائي')).toEqual(['mardan/t1'])
      expect(keys('جنګل خېل')).toEqual(['kohat/t4'])
    })

    it('folds letter variants: Pashto letters find the Urdu spelling and the other way round', () => {
      // Urdu ٹ and ھ typed for the Pashto spelling ټ and ه, and Arabic ي for Persian ی.
      expect(keys('کاٹلنگ')).toEqual(['mardan/t2'])
      expect(keys('کاټلنګ')).toEqual(['mardan/t2'])
      expect(keys('جنگل خيل')).toEqual(['kohat/t4'])
    })

    it('lists a district before its towns when the district’s name is typed', () => {
      expect(keys('mardan')).toEqual(['mardan', 'mardan/t2', 'mardan/t1'])
      expect(keys('مردان')[0]).toBe('mardan')
    })

    it('labels a town with its district in the language being edited', () => {
      const takhtBhai = withTowns.find((p) => p.key === 'mardan/t1')!
      expect(placeLabel(takhtBhai, 'en')).toBe('Takht Bhai · Mardan')
      expect(placeLabel(takhtBhai, 'ur')).toBe('تخت بھائی · مردان')
      expect(placeLabel(takhtBhai, 'ps')).toBe('تخت بهائي · مردان')
      expect(placeLabel(withTowns[0]!, 'ur')).toBe('مردان')
      // A town not yet named in Urdu keeps its English name.
      const [untranslated] = placesFromDistricts([
        {
          slug: 'swabi',
          name: { en: 'Swabi', ur: 'صوابی' },
          towns: [{ name: { en: 'Topi' }, centre: { type: 'Point', coordinates: [72.62, 34.07] } }],
        },
      ])
      expect(placeLabel(untranslated!, 'ur')).toBe('Topi · صوابی')
      expect(untranslated!.key).toBe('swabi/0')
    })
  })
})

describe('typed coordinates', () => {
  it('accepts a point in Khyber Pakhtunkhwa', () => {
    expect(checkCoordinates('34.0151', '71.5249')).toEqual({ ok: true, lat: 34.0151, lng: 71.5249 })
  })
  it('flags latitude and longitude typed the wrong way round', () => {
    const checked = checkCoordinates('71.5249', '34.0151')
    expect(checked.ok && checked.warning).toMatch(/swapped/)
  })
  it('refuses what is not a coordinate, naming the input', () => {
    expect(checkCoordinates('abc', '71')).toMatchObject({ ok: false, field: 'latitude' })
    expect(checkCoordinates('34', '')).toMatchObject({ ok: false, field: 'longitude' })
    expect(checkCoordinates('95', '71')).toMatchObject({ ok: false, field: 'latitude' })
    expect(checkCoordinates('34', '190')).toMatchObject({ ok: false, field: 'longitude' })
  })
  it('warns about a point far from the districts', () => {
    const checked = checkCoordinates('51.5', '-0.12')
    expect(checked.ok && checked.warning).toMatch(/far outside/)
  })
})

describe('the attributes form', () => {
  it('reads stored values into inputs and inputs back into typed values', () => {
    expect(asAttributes('{"beds": 20}')).toEqual({ beds: 20 })
    expect(asAttributes('[1]')).toEqual({})
    expect(inputText('number', 20)).toBe('20')
    expect(inputText('list', ['Mon', 'Thu'])).toBe('Mon\nThu')
    expect(inputText('boolean', false)).toBe('false')
    expect(storedValue('number', '25')).toBe(25)
    expect(storedValue('number', 'twenty')).toBe('twenty')
    expect(storedValue('boolean', 'true')).toBe(true)
    expect(storedValue('list', 'Mon\n\n Thu ')).toEqual(['Mon', 'Thu'])
    expect(storedValue('text', '   ')).toBeUndefined()
  })
  it('sets, removes and keeps undeclared keys apart', () => {
    expect(withAttribute({ beds: 20 }, 'beds', undefined)).toBeNull()
    expect(withAttribute({ beds: 20 }, 'pharmacy', true)).toEqual({ beds: 20, pharmacy: true })
    const schema = [{ key: 'beds', type: 'number' as const }]
    expect(undeclared({ beds: 20, old: 'x' }, schema)).toEqual({ old: 'x' })
    expect(mergeUndeclared({ beds: 20, old: 'x' }, schema, {})).toEqual({ beds: 20 })
  })
})

describe('the editor-aids plugin', () => {
  const collection: CollectionConfig = {
    slug: 'resources',
    admin: { useAsTitle: 'title' },
    fields: [
      { name: 'title', type: 'text', localized: true },
      { name: 'slug', type: 'text' },
      { name: 'attributes', type: 'json' },
      { name: 'location', type: 'json', admin: { components: { Field: '/custom#Location' } } },
      {
        type: 'tabs',
        tabs: [
          {
            label: 'Profile',
            fields: [
              {
                name: 'phones',
                type: 'array',
                fields: [
                  {
                    name: 'label',
                    type: 'text',
                    localized: true,
                    admin: { components: { afterInput: ['/x#Y'] } },
                  },
                ],
              },
              { name: 'fees', type: 'group', localized: true, fields: [{ name: 'note', type: 'textarea' }] },
              { name: 'snippet', type: 'code' },
            ],
          },
        ],
      },
    ],
  }
  const config = editorAidsPlugin()({ collections: [collection], admin: {} } as Config) as Config
  const fields = config.collections![0]!.fields
  const byName = (list: Field[], name: string): Field | undefined => {
    for (const field of list) {
      if ('name' in field && field.name === name) return field
      const inner =
        'fields' in field ? field.fields : field.type === 'tabs' ? field.tabs.flatMap((t) => t.fields) : []
      const found = byName(inner as Field[], name)
      if (found) return found
    }
    return undefined
  }
  const components = (name: string) =>
    (byName(fields, name)?.admin as { components?: Record<string, unknown> })?.components

  it('gives every JSON and code field the offline editor, and the attributes field its form', () => {
    expect(components('attributes')?.Field).toBe('/plugins/editor-aids/admin/AttributesField#AttributesField')
    expect(components('snippet')?.Field).toBe('/plugins/editor-aids/admin/OfflineCodeField#OfflineCodeField')
    expect(components('location')?.Field).toBe('/custom#Location')
  })

  it('adds the English text after localized text fields, however deep, keeping their own components', () => {
    expect(components('title')?.afterInput).toEqual([
      '/plugins/editor-aids/admin/EnglishBeside#EnglishBeside',
    ])
    expect(components('label')?.afterInput).toEqual([
      '/x#Y',
      '/plugins/editor-aids/admin/EnglishBeside#EnglishBeside',
    ])
    // Localized through its group.
    expect(components('note')?.afterInput).toEqual(['/plugins/editor-aids/admin/EnglishBeside#EnglishBeside'])
    expect(components('slug')?.afterInput).toBeUndefined()
  })

  it('gives the localized title column its fallback cell, and the admin its provider and to-do panel', () => {
    expect(components('title')?.Cell).toBe('/plugins/editor-aids/admin/TitleCell#TitleCell')
    expect(config.admin?.components?.providers).toEqual([
      '/plugins/editor-aids/admin/MonacoProvider#MonacoProvider',
    ])
    expect(config.admin?.components?.beforeDashboard).toEqual([
      '/plugins/editor-aids/admin/EditorToDo#EditorToDo',
    ])
    // The collection's own config is untouched.
    expect((collection.fields[0]!.admin as { components?: unknown } | undefined)?.components).toBeUndefined()
  })

  it('dates the "not checked for 12 months" cut-off', () => {
    expect(monthsBefore(new Date('2026-12-01T10:00:00Z'), 12)).toBe('2025-12-01T10:00:00.000Z')
  })
})
