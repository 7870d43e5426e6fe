import L from 'leaflet'

import type { LegendKey } from '../../i18n/map'

/** A keyboard-reachable marker: the glyph for the eye, `label` for screen readers. */
export const markerIcon = (kind: LegendKey, glyph: string, label: string, size: number) => {
  const html = document.createElement('span')
  const shown = document.createElement('span')
  shown.setAttribute('aria-hidden', 'true')
  shown.textContent = glyph
  const hidden = document.createElement('span')
  hidden.className = 'sr-only'
  hidden.textContent = label
  html.append(shown, hidden)
  return L.divIcon({
    html,
    className: `map-marker marker-${kind} ${kind === 'cluster' ? 'map-cluster' : 'map-point'}`,
    iconSize: [size, size],
  })
}
