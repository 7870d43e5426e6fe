import L from 'leaflet'
import 'leaflet.heat'
import 'leaflet/dist/leaflet.css'

import type { MapListing } from '../lib/mapEntries'

import { formatNumber } from '../lib/numerals'
import { MARKER_GLYPHS } from './map/glyphs'
import { type ListStrings, listSettled, renderList, showSkeleton } from './map/list'
import { markerIcon } from './map/markers'
import { popupFor } from './map/popup'
import { toast } from './toast'

interface Strings extends ListStrings {
  searchThisArea: string
  locateMe: string
  locating: string
  locateFailed: string
  markers: string
  heatmap: string
  boundaries: string
  loadFailed: string
  retry: string
  zoomIn: string
  zoomOut: string
  clusterOf: string
  whatsapp: string
}

/** A button in a Leaflet control box (keyboard-reachable, labelled). */
const buttonControl = (label: string, position: L.ControlPosition, onClick: () => void) => {
  const control = new L.Control({ position })
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'map-button'
  button.textContent = label
  L.DomEvent.disableClickPropagation(button)
  button.addEventListener('click', onClick)
  control.onAdd = () => button
  return { control, button }
}

/**
 * The interactive map over the server-rendered page: clusters from the CMS
 * for whatever is in view, a heatmap of the same, district boundaries, "show
 * where I am" and "search this area". The URL follows the view so it can be
 * shared; the list under the map follows it too (a skeleton holds its place
 * while it loads), and without JavaScript the list is the map.
 */
export const startMap = (element: HTMLElement) => {
  const data = element.dataset
  const strings = JSON.parse(data.strings ?? '{}') as Strings
  const locale = (data.locale ?? 'en') as 'en' | 'ur' | 'ps'
  const rtl = data.rtl === 'true'
  const statusLine = document.getElementById('map-status')
  const say = (message: string) => statusLine && (statusLine.textContent = message)
  element.hidden = false

  const [west, south, east, north] = (data.bbox ?? '').split(',').map(Number)
  const map = L.map(element, { zoomControl: false, keyboard: true })
  map.fitBounds([
    [south, west],
    [north, east],
  ])
  // Controls start where the reader's eye does: the right in Urdu and Pashto.
  const start: L.ControlPosition = rtl ? 'topright' : 'topleft'
  const end: L.ControlPosition = rtl ? 'topleft' : 'topright'
  L.control.zoom({ position: start, zoomInTitle: strings.zoomIn, zoomOutTitle: strings.zoomOut }).addTo(map)
  if (rtl) map.attributionControl.setPosition('bottomleft')
  L.tileLayer(data.tiles ?? '', {
    maxZoom: 18,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
  }).addTo(map)

  const markers = L.layerGroup().addTo(map)
  const heat = L.heatLayer([], { radius: 28, blur: 20, maxZoom: 12 })
  const boundaries = L.geoJSON(undefined, {
    style: { color: '#5a3e8c', weight: 2, fillOpacity: 0.04 },
    onEachFeature: (feature, layer) => {
      const link = document.createElement('a')
      link.href = String(feature.properties?.url ?? '#')
      link.textContent = String(feature.properties?.name ?? '')
      layer.bindPopup(link)
    },
  })
  let boundariesLoaded = false
  map.on('overlayadd', async (event: L.LayersControlEvent) => {
    if (event.layer !== boundaries || boundariesLoaded) return
    boundariesLoaded = true
    const response = await fetch(`/api/map/districts?locale=${locale}`)
    if (response.ok) boundaries.addData(await response.json())
    else say(strings.loadFailed)
  })
  L.control
    .layers(
      undefined,
      { [strings.markers]: markers, [strings.heatmap]: heat, [strings.boundaries]: boundaries },
      { position: end, collapsed: false },
    )
    .addTo(map)

  const filters = new URLSearchParams(data.query)
  const viewParams = () => {
    const bounds = map.getBounds()
    const clamp = (n: number, limit: number) => Math.max(-limit, Math.min(limit, n))
    const params = new URLSearchParams(filters)
    params.set(
      'bbox',
      [
        clamp(bounds.getWest(), 180),
        clamp(bounds.getSouth(), 85),
        clamp(bounds.getEast(), 180),
        clamp(bounds.getNorth(), 85),
      ]
        .map((n) => n.toFixed(4))
        .join(','),
    )
    params.set('z', String(map.getZoom()))
    return params
  }

  const area = buttonControl(strings.searchThisArea, start, () => {
    window.location.assign(`${data.base}?${viewParams()}`)
  })
  area.control.addTo(map)
  area.button.hidden = true
  buttonControl(strings.locateMe, start, () => {
    say(strings.locating)
    navigator.geolocation.getCurrentPosition(
      (position) => {
        say('')
        map.setView([position.coords.latitude, position.coords.longitude], 13)
      },
      () => say(strings.locateFailed),
      { timeout: 10_000 },
    )
  }).control.addTo(map)

  const draw = (listing: MapListing) => {
    markers.clearLayers()
    const counts = listing.entries.map((e) => (e.kind === 'cluster' ? e.count : 1))
    const most = Math.max(1, ...counts)
    heat.setLatLngs(listing.entries.map((e, i) => [e.lat, e.lng, counts[i]! / most]))
    for (const entry of listing.entries) {
      if (entry.kind === 'cluster') {
        const size = Math.min(56, 26 + Math.log2(entry.count) * 4)
        L.marker([entry.lat, entry.lng], {
          icon: markerIcon('cluster', formatNumber(locale, entry.count), entry.text, size),
          keyboard: true,
        })
          .on('click', () => map.setView([entry.lat, entry.lng], Math.min(entry.expansionZoom, 18)))
          .addTo(markers)
        continue
      }
      const label = [entry.title, entry.statusLabel].join(', ')
      L.marker([entry.lat, entry.lng], {
        icon: markerIcon(entry.marker, MARKER_GLYPHS[entry.marker], label, 20),
        keyboard: true,
      })
        .bindPopup(popupFor(entry, strings))
        .addTo(markers)
      // Lines, areas and collections (a KML MultiGeometry) are drawn as they are, beneath the marker.
      if (entry.shape) {
        L.geoJSON(entry.shape as never, {
          style: { color: '#5b2d91', weight: 3, fillOpacity: 0.08, className: 'map-shape-path' },
          pointToLayer: (_feature, latlng) =>
            L.circleMarker(latlng, { radius: 5, color: '#5b2d91', className: 'map-shape-path' }),
          interactive: false,
        }).addTo(markers)
      }
    }
  }

  let controller: AbortController | undefined
  let first = true
  const refresh = async () => {
    const params = viewParams()
    // The address follows the view, so the map can be shared or bookmarked as it is.
    window.history.replaceState(null, '', `${data.base}?${params}`)
    // The first answer replaces the server's list quietly; later views show a skeleton meanwhile.
    let restore = () => undefined as void
    if (!first) {
      area.button.hidden = false
      restore = showSkeleton(strings)
    }
    first = false
    controller?.abort()
    controller = new AbortController()
    params.set('locale', locale)
    try {
      const response = await fetch(`/api/map/clusters?${params}`, { signal: controller.signal })
      if (!response.ok) throw new Error(String(response.status))
      const listing = (await response.json()) as MapListing
      draw(listing)
      renderList(listing, strings, data.base ?? '/map')
      listSettled()
      element.dataset.ready = 'true'
    } catch (error) {
      if ((error as Error).name === 'AbortError') return
      // The last list stays (it is still what the markers show) and the failure says so.
      restore()
      listSettled()
      say(strings.loadFailed)
      toast(strings.loadFailed, {
        kind: 'error',
        action: { label: strings.retry, run: () => void refresh() },
      })
    }
  }
  map.on('moveend', () => void refresh())
  void refresh()
}
