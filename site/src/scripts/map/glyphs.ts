import type { LegendKey } from '../../i18n/map'

/**
 * The glyph inside each kind of marker. With colour and shape (the
 * `.map-<kind>` styles in MapPage.astro) it makes three cues, so no reader
 * depends on colour. No Leaflet here: the legend renders on the server.
 */
export const MARKER_GLYPHS: Record<LegendKey, string> = {
  cluster: '3',
  active: '✓',
  'temporarily-closed': '‖',
  closed: '×',
  unverified: '?',
  shape: '',
}
