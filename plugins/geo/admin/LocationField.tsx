'use client'

import type { Geometry } from 'geojson'
import type * as Leaflet from 'leaflet'
import type { FeatureGroup, Layer, Map as LeafletMap } from 'leaflet'
import type { JSONFieldClientComponent } from 'payload'

import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css'
import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import 'leaflet/dist/leaflet.css'
import React, { useEffect, useId, useRef, useState } from 'react'

/** Khyber Pakhtunkhwa, where a new resource most likely is. */
const DEFAULT_VIEW: [number, number] = [34.5, 71.8]
const TILES = process.env.NEXT_PUBLIC_MAP_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'

type WithGeoJSON = Layer & { toGeoJSON: () => { geometry: Geometry } }

/**
 * The resource's location as a drawable map (Leaflet + Geoman): draw, move
 * or reshape one point, line or polygon, or delete it; the GeoJSON beside
 * the map can be typed or pasted, for keyboard users and bulk edits. The
 * server validates whatever arrives.
 */
export const LocationField: JSONFieldClientComponent = ({ field, path }) => {
  const { value, setValue, showError, errorMessage } = useField<Geometry | null>({ path })
  const mapElement = useRef<HTMLDivElement>(null)
  const drawn = useRef<FeatureGroup | null>(null)
  const leaflet = useRef<typeof Leaflet | null>(null)
  const map = useRef<LeafletMap | null>(null)
  const [text, setText] = useState(() => (value ? JSON.stringify(value) : ''))
  const [textError, setTextError] = useState<string | null>(null)
  const textId = useId()

  /** Puts a geometry on the map as the one drawn layer and frames it. */
  const show = (geometry: Geometry | null) => {
    const L = leaflet.current
    if (!L || !drawn.current || !map.current) return
    drawn.current.clearLayers()
    if (!geometry) return
    L.geoJSON(geometry as never, {
      pointToLayer: (_feature, latlng) => L.circleMarker(latlng, { radius: 8 }),
    }).eachLayer((layer) => drawn.current!.addLayer(layer))
    const bounds = drawn.current.getBounds()
    if (bounds.isValid()) map.current.fitBounds(bounds, { maxZoom: 14 })
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
      instance.pm.addControls({
        position: 'topleft',
        drawMarker: false,
        drawCircle: false,
        drawText: false,
        drawRectangle: false,
        cutPolygon: false,
        rotateMode: false,
      })
      const sync = () => {
        const layers = drawn.current!.getLayers() as WithGeoJSON[]
        const geometry = layers.length > 0 ? layers[layers.length - 1]!.toGeoJSON().geometry : null
        setValue(geometry)
        setText(geometry ? JSON.stringify(geometry) : '')
        setTextError(null)
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

  const applyText = () => {
    if (!text.trim()) {
      setValue(null)
      show(null)
      return setTextError(null)
    }
    try {
      const geometry = JSON.parse(text) as Geometry
      setValue(geometry)
      show(geometry)
      setTextError(null)
    } catch (error) {
      setTextError(`Not JSON: ${(error as Error).message}`)
    }
  }

  return (
    <div className="field-type location-field" style={{ marginBlockEnd: 'var(--base)' }}>
      <FieldLabel label={field.label ?? 'Location'} path={path} />
      <FieldError path={path} showError={showError} message={errorMessage} />
      <div
        ref={mapElement}
        role="application"
        aria-label="Map: draw a point (circle marker), line or polygon for this resource"
        data-testid="location-map"
        style={{ height: '22rem', borderRadius: 'var(--style-radius-s)', zIndex: 0 }}
      />
      <label htmlFor={textId} style={{ display: 'block', marginBlockStart: 'calc(var(--base) / 2)' }}>
        GeoJSON geometry
      </label>
      <textarea
        id={textId}
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
