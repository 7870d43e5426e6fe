/**
 * The two minimal map pages bench/map.ts times in Chromium, and the local
 * server that serves them, Leaflet and supercluster from node_modules, and
 * the CMS's REST API in-process (no tiles: nothing leaves the machine).
 */
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/** Khyber Pakhtunkhwa, west,south,east,north: where the seeded resources are. */
export const KP: [number, number, number, number] = [69.2, 31.0, 74.2, 36.95]

const root = path.resolve(import.meta.dirname, '..')
const assets: Record<string, [string, string]> = {
  '/leaflet.js': ['node_modules/leaflet/dist/leaflet.js', 'text/javascript'],
  '/leaflet.css': ['node_modules/leaflet/dist/leaflet.css', 'text/css'],
  '/supercluster.js': ['node_modules/supercluster/dist/supercluster.min.js', 'text/javascript'],
}

// Both pages draw the same way (one divIcon per cluster or point), so only where the clustering
// happens differs.
const page = (script: string) => `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/leaflet.css"><script src="/leaflet.js"></script><script src="/supercluster.js"></script>
<style>#map{width:1000px;height:700px}</style></head><body><div id="map"></div><script>
const map = L.map('map').fitBounds([[${KP[1]},${KP[0]}],[${KP[3]},${KP[2]}]]);
const b = map.getBounds();
const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
const draw = (features) => { for (const f of features) { const [lng, lat] = f.geometry.coordinates;
  const n = f.properties.point_count || 1;
  L.marker([lat, lng], { icon: L.divIcon({ className: 'm', html: String(n) }) }).addTo(map) } };
${script}</script></body></html>`

/** (1) The server clusters: one small request for the view. */
const serverSide = page(`fetch('/api/geo/clusters?zoom=' + map.getZoom() + '&bbox=' + bbox.join(','))
  .then((r) => r.json()).then((c) => draw(c.features));`)

/** (2) The baseline: every point as GeoJSON, clustered in the browser. */
const clientSide = page(`fetch('/api/geo/export?format=geojson').then((r) => r.json()).then((all) => {
  const index = new Supercluster({ radius: 60, maxZoom: 17 }).load(all.features.filter((f) => f.geometry.type === 'Point'));
  draw(index.getClusters(bbox, map.getZoom())) });`)

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

export const servePages = async (api: Handler): Promise<{ base: string; server: Server }> => {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost:3000')
    if (url.pathname === '/server.html' || url.pathname === '/client.html') {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(url.pathname === '/server.html' ? serverSide : clientSide)
      return
    }
    const asset = assets[url.pathname]
    if (asset) {
      res.writeHead(200, { 'content-type': asset[1] }).end(await readFile(path.join(root, asset[0])))
      return
    }
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await api(new Request(url), { params: Promise.resolve({ slug }) })
    res.writeHead(response.status, Object.fromEntries(response.headers))
    // Streamed as the endpoint streams (the export of everything is large).
    if (response.body) await pipeline(Readable.fromWeb(response.body as never), res)
    else res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}
