import L from 'leaflet'
import 'leaflet.heat'
import 'leaflet/dist/leaflet.css'

import type { ClusterCollection } from '../lib/mapView'

interface Strings {
  searchThisArea: string
  locateMe: string
  locating: string
  locateFailed: string
  markers: string
  heatmap: string
  boundaries: string
  loadFailed: string
  zoomIn: string
  zoomOut: string
  clusterOf: string
  status: Record<string, string>
}

const visuallyHidden = (text: string) => {
  const span = document.createElement('span')
  span.className = 'sr-only'
  span.textContent = text
  return span
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
 * shared; the list under the map is the version without JavaScript.
 */
export const startMap = (element: HTMLElement) => {
  const data = element.dataset
  const strings = JSON.parse(data.strings ?? '{}') as Strings
  const locale = data.locale ?? 'en'
  const rtl = data.rtl === 'true'
  const numbers = new Intl.NumberFormat(locale === 'en' ? 'en' : `${locale}-PK`)
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

  const draw = (collection: ClusterCollection) => {
    markers.clearLayers()
    const counts = collection.features.map((f) => (f.properties.cluster ? f.properties.point_count : 1))
    const most = Math.max(1, ...counts)
    heat.setLatLngs(
      collection.features.map((f, i) => [
        f.geometry.coordinates[1],
        f.geometry.coordinates[0],
        counts[i] / most,
      ]),
    )
    for (const feature of collection.features) {
      const [lng, lat] = feature.geometry.coordinates
      const props = feature.properties
      const html = document.createElement('span')
      if (props.cluster) {
        const label = strings.clusterOf.replace('{n}', numbers.format(props.point_count))
        const count = document.createElement('span')
        count.setAttribute('aria-hidden', 'true')
        count.textContent = numbers.format(props.point_count)
        html.append(count, visuallyHidden(label))
        const size = Math.min(56, 26 + Math.log2(props.point_count) * 4)
        L.marker([lat, lng], {
          icon: L.divIcon({ html, className: 'map-cluster', iconSize: [size, size] }),
          keyboard: true,
        })
          .on('click', () => map.setView([lat, lng], Math.min(props.expansionZoom, 18)))
          .addTo(markers)
      } else {
        html.append(visuallyHidden(props.title))
        const link = document.createElement('a')
        link.href = `${data.resourceBase}${encodeURIComponent(props.slug)}`
        link.textContent = props.title
        const popup = document.createElement('div')
        const state = document.createElement('div')
        state.textContent = strings.status[props.status] ?? ''
        popup.append(link, state)
        L.marker([lat, lng], {
          icon: L.divIcon({ html, className: 'map-point', iconSize: [18, 18] }),
          keyboard: true,
        })
          .bindPopup(popup)
          .addTo(markers)
      }
    }
  }

  let controller: AbortController | undefined
  let first = true
  const refresh = async () => {
    const params = viewParams()
    // The address follows the view, so the map can be shared or bookmarked as it is.
    window.history.replaceState(null, '', `${data.base}?${params}`)
    if (!first) area.button.hidden = false
    first = false
    controller?.abort()
    controller = new AbortController()
    params.set('locale', locale)
    try {
      const response = await fetch(`/api/map/clusters?${params}`, { signal: controller.signal })
      if (!response.ok) throw new Error(String(response.status))
      draw((await response.json()) as ClusterCollection)
      element.dataset.ready = 'true'
    } catch (error) {
      if ((error as Error).name !== 'AbortError') say(strings.loadFailed)
    }
  }
  map.on('moveend', () => void refresh())
  void refresh()
}
