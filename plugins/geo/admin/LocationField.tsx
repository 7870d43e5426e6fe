'use client'

import type { Geometry } from 'geojson'
import type * as Leaflet from 'leaflet'
import type { FeatureGroup, Layer, Map as LeafletMap } from 'leaflet'
import type { JSONFieldClientComponent } from 'payload'

import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css'
import { FieldDescription, FieldError, FieldLabel, useConfig, useField, useLocale } from '@payloadcms/ui'
import 'leaflet/dist/leaflet.css'
import React, { useEffect, useId, useRef, useState } from 'react'

import { checkCoordinates } from './coordinates'
import { type Place, placeLabel, placesFromDistricts, searchPlaces } from './gazetteer'
import './LocationField.css'

/** Khyber Pakhtunkhwa, where a new resource most likely is. */
const DEFAULT_VIEW: [number, number] = [34.5, 71.8]
const TILES = process.env.NEXT_PUBLIC_MAP_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'

/** Geoman's toolbar, in words: its buttons otherwise have icons and no accessible name. */
const TOOL_NAMES = {
  drawCircleMarkerButton: 'Place a point',
  drawMarkerButton: 'Place a point',
  drawPolyButton: 'Draw an area',
  drawLineButton: 'Draw a line',
  editButton: 'Edit',
  dragButton: 'Move',
  deleteButton: 'Remove',
}

type WithGeoJSON = Layer & { toGeoJSON: () => { geometry: Geometry }; getLatLng?: () => Leaflet.LatLng }

const pointOf = (geometry: Geometry | null | undefined): [number, number] | null =>
  geometry?.type === 'Point' && Array.isArray(geometry.coordinates)
    ? [geometry.coordinates[0]!, geometry.coordinates[1]!]
    : null

/**
 * The resource's location: a map to draw, move or reshape one point, line
 * or polygon (labelled tools); latitude and longitude inputs for a point,
 * kept in step with the map both ways and checked (ranges, and a warning
 * when the values look swapped); a place search over the districts and their
 * towns, offline (names in English, Urdu and Pashto from this CMS, a town
 * labelled with its district in the language being edited); and the GeoJSON,
 * for keyboard users and bulk edits. The server validates whatever arrives.
 */
export const LocationField: JSONFieldClientComponent = ({ field, path }) => {
  const { value, setValue, showError, errorMessage } = useField<Geometry | null>({ path })
  const {
    config: { routes, serverURL },
  } = useConfig()
  const mapElement = useRef<HTMLDivElement>(null)
  const drawn = useRef<FeatureGroup | null>(null)
  const leaflet = useRef<typeof Leaflet | null>(null)
  const map = useRef<LeafletMap | null>(null)
  const [text, setText] = useState(() => (value ? JSON.stringify(value) : ''))
  const [textError, setTextError] = useState<string | null>(null)
  const initialPoint = pointOf(value)
  const [lat, setLat] = useState(initialPoint ? String(initialPoint[1]) : '')
  const [lng, setLng] = useState(initialPoint ? String(initialPoint[0]) : '')
  const [coordinateProblem, setCoordinateProblem] = useState<{ field?: string; message: string } | null>(null)
  const [places, setPlaces] = useState<Place[]>([])
  const [placeQuery, setPlaceQuery] = useState('')
  const [announcement, setAnnouncement] = useState('')
  const id = useId()
  // The language being edited: the admin's own interface speaks English only.
  const { code: locale } = useLocale()

  /** Writes the drawn point's position on the map element, where it can be read back. */
  const markPoint = () => {
    const el = mapElement.current
    const layers = (drawn.current?.getLayers() ?? []) as WithGeoJSON[]
    const position = layers.length === 1 ? layers[0]!.getLatLng?.() : undefined
    if (el) el.dataset.point = position ? `${position.lat},${position.lng}` : ''
  }

  /** Puts a geometry on the map as the one drawn layer; frames it, or only pans to a point. */
  const show = (geometry: Geometry | null, frame: 'fit' | 'pan' = 'fit') => {
    const L = leaflet.current
    if (!L || !drawn.current || !map.current) return
    drawn.current.clearLayers()
    if (geometry) {
      L.geoJSON(geometry as never, {
        pointToLayer: (_feature, latlng) => L.circleMarker(latlng, { radius: 8 }),
      }).eachLayer((layer) => drawn.current!.addLayer(layer))
      const bounds = drawn.current.getBounds()
      if (frame === 'pan' && geometry.type === 'Point') map.current.panTo(bounds.getCenter())
      else if (bounds.isValid()) map.current.fitBounds(bounds, { maxZoom: 14 })
    }
    markPoint()
  }

  /** The inputs follow a geometry that came from the map or the GeoJSON box. */
  const followGeometry = (geometry: Geometry | null) => {
    const point = pointOf(geometry)
    setLat(point ? String(point[1]) : '')
    setLng(point ? String(point[0]) : '')
    setCoordinateProblem(null)
  }

  useEffect(() => {
    let cancelled = false
    void (async () => {
      const L = (await import('leaflet')).default
      await import('@geoman-io/leaflet-geoman-free')
      if (cancelled || !mapElement.current) return
      leaflet.current = L
      // Bundlers break Leaflet's own icon paths; draw points as circles instead.
      const instance = L.map(mapElement.current, { keyboard: true }).setView(DEFAULT_VIEW, 7)
      map.current = instance
      L.tileLayer(TILES, { attribution: '&copy; OpenStreetMap contributors', maxZoom: 19 }).addTo(instance)
      drawn.current = L.featureGroup().addTo(instance)
      instance.pm.setGlobalOptions({ layerGroup: drawn.current })
      instance.pm.setLang('en', { buttonTitles: TOOL_NAMES } as never, 'en')
      instance.pm.addControls({
        position: 'topleft',
        drawMarker: false,
        drawCircle: false,
        drawText: false,
        drawRectangle: false,
        cutPolygon: false,
        rotateMode: false,
      })
      // Each button gets its name as visible text and as its accessible name.
      for (const container of mapElement.current.querySelectorAll<HTMLElement>(
        '.leaflet-pm-toolbar .button-container',
      )) {
        const name = container.getAttribute('title')
        const button = container.querySelector<HTMLElement>('.leaflet-buttons-control-button')
        if (!name || !button) continue
        button.setAttribute('aria-label', name)
        const label = document.createElement('span')
        label.className = 'location-field__tool-label'
        label.textContent = name
        label.setAttribute('aria-hidden', 'true')
        button.appendChild(label)
      }
      const sync = () => {
        const layers = drawn.current!.getLayers() as WithGeoJSON[]
        const geometry = layers.length > 0 ? layers[layers.length - 1]!.toGeoJSON().geometry : null
        setValue(geometry)
        setText(geometry ? JSON.stringify(geometry) : '')
        setTextError(null)
        followGeometry(geometry)
        markPoint()
      }
      instance.on('pm:create', ({ layer }) => {
        // One location per resource: a new drawing replaces the old one.
        for (const other of drawn.current!.getLayers()) if (other !== layer) drawn.current!.removeLayer(other)
        layer.on('pm:edit', sync)
        sync()
      })
      instance.on('pm:remove', sync)
      show(value)
      drawn.current.eachLayer((layer) => layer.on('pm:edit', sync))
    })()
    return () => {
      cancelled = true
      map.current?.remove()
      map.current = null
    }
    // The map is built once; later changes arrive through `show`.
  }, [])

  // The offline gazetteer: district and town names and points from this CMS, once.
  useEffect(() => {
    let live = true
    const url = `${serverURL ?? ''}${routes.api}/districts?locale=all&depth=0&limit=500&select[slug]=true&select[name]=true&select[centroid]=true&select[towns]=true`
    fetch(url, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : { docs: [] }))
      .then((body: { docs?: [] }) => live && setPlaces(placesFromDistricts(body.docs ?? [])))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [routes.api, serverURL])

  const applyText = () => {
    if (!text.trim()) {
      setValue(null)
      show(null)
      followGeometry(null)
      return setTextError(null)
    }
    try {
      const geometry = JSON.parse(text) as Geometry
      setValue(geometry)
      show(geometry)
      followGeometry(geometry)
      setTextError(null)
    } catch (error) {
      setTextError(`Not JSON: ${(error as Error).message}`)
    }
  }

  const applyCoordinates = (nextLat: string, nextLng: string) => {
    setLat(nextLat)
    setLng(nextLng)
    if (!nextLat.trim() && !nextLng.trim()) return setCoordinateProblem(null)
    const checked = checkCoordinates(nextLat, nextLng)
    if (!checked.ok) return setCoordinateProblem({ field: checked.field, message: checked.message })
    setCoordinateProblem(checked.warning ? { message: checked.warning } : null)
    const geometry: Geometry = { type: 'Point', coordinates: [checked.lng, checked.lat] }
    setValue(geometry)
    setText(JSON.stringify(geometry))
    setTextError(null)
    show(geometry, 'pan')
  }

  const pick = (place: Place) => {
    // A town is a few streets, a district a valley or a plain.
    map.current?.setView([place.centre[1], place.centre[0]], place.kind === 'town' ? 13 : 11)
    setAnnouncement(`Map centred on ${placeLabel(place, 'en') || place.slug}.`)
    setPlaceQuery('')
  }

  const matches = searchPlaces(places, placeQuery)
  const latId = `${id}-lat`
  const lngId = `${id}-lng`
  const problemId = `${id}-problem`

  return (
    <div className="field-type location-field" style={{ marginBlockEnd: 'var(--base)' }}>
      <FieldLabel label={field.label ?? 'Location'} path={path} />
      <FieldError path={path} showError={showError} message={errorMessage} />
      <div className="location-field__places">
        <label htmlFor={`${id}-place`}>Find a district or town (English, اردو or پښتو)</label>
        <input
          id={`${id}-place`}
          type="search"
          autoComplete="off"
          value={placeQuery}
          aria-controls={`${id}-places`}
          onChange={(event) => setPlaceQuery(event.target.value)}
        />
        <ul id={`${id}-places`} aria-label="Matching places" data-testid="place-results">
          {matches.map((place) => {
            // The label in the language being edited; the place's other names after it, as typed.
            const lang = place.names[locale as 'en' | 'ur' | 'ps'] ? locale : 'en'
            const shown = new Set([place.names[lang as 'en']])
            const others = (['en', 'ur', 'ps'] as const).filter((l) => {
              const name = place.names[l]
              if (!name || shown.has(name)) return false
              shown.add(name)
              return true
            })
            return (
              <li key={place.key}>
                <button type="button" onClick={() => pick(place)}>
                  <span lang={lang}>{placeLabel(place, lang)}</span>
                  {others.map((l) => (
                    <span key={l} lang={l}>
                      {' '}
                      · {place.names[l]}
                    </span>
                  ))}
                </button>
              </li>
            )
          })}
        </ul>
        <p role="status" className="location-field__hint">
          {announcement}
        </p>
      </div>
      <div
        ref={mapElement}
        role="application"
        aria-label="Map: place a point, draw a line or an area for this resource"
        data-testid="location-map"
        style={{ height: '22rem', borderRadius: 'var(--style-radius-s)', zIndex: 0 }}
      />
      <fieldset className="location-field__coordinates" style={{ border: 0, padding: 0 }}>
        <legend className="location-field__hint">A point by its coordinates (decimal degrees)</legend>
        <div>
          <label htmlFor={latId}>
            Latitude <span className="location-field__hint">(north–south, about 30 to 37 here)</span>
          </label>
          <input
            id={latId}
            type="number"
            step="any"
            min={-90}
            max={90}
            inputMode="decimal"
            placeholder="34.0151"
            value={lat}
            aria-invalid={coordinateProblem?.field === 'latitude' || undefined}
            aria-describedby={coordinateProblem ? problemId : undefined}
            onChange={(event) => applyCoordinates(event.target.value, lng)}
          />
        </div>
        <div>
          <label htmlFor={lngId}>
            Longitude <span className="location-field__hint">(east–west, about 69 to 75 here)</span>
          </label>
          <input
            id={lngId}
            type="number"
            step="any"
            min={-180}
            max={180}
            inputMode="decimal"
            placeholder="71.5249"
            value={lng}
            aria-invalid={coordinateProblem?.field === 'longitude' || undefined}
            aria-describedby={coordinateProblem ? problemId : undefined}
            onChange={(event) => applyCoordinates(lat, event.target.value)}
          />
        </div>
      </fieldset>
      {coordinateProblem && (
        <p id={problemId} role="alert" data-testid="coordinate-problem">
          {coordinateProblem.message}
        </p>
      )}
      <label
        htmlFor={`${id}-geojson`}
        style={{ display: 'block', marginBlockStart: 'calc(var(--base) / 2)' }}
      >
        GeoJSON geometry
      </label>
      <textarea
        id={`${id}-geojson`}
        value={text}
        rows={3}
        style={{ width: '100%', fontFamily: 'monospace' }}
        onChange={(event) => setText(event.target.value)}
        onBlur={applyText}
      />
      {textError && <p role="alert">{textError}</p>}
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
