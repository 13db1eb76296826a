// A static file server for the benchmark's browser runs: the export, Pagefind's scratch copy and
// the generated corpus, each from its own folder, on a free port. Files are sent as they are on
// disk (no compression), so byte counts are the files' own sizes.
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

export interface StaticServer {
  origin: string
  close: () => Promise<void>
}

/**
 * Serves `mounts` (URL prefix → folder); a folder URL serves its index.html. `isolated` sends the
 * cross-origin isolation headers, which give performance.now() microsecond resolution.
 */
export async function serveStatic(mounts: Record<string, string>, { isolated = false } = {}): Promise<StaticServer> {
  const isolation = isolated ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {}
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const pathname = decodeURIComponent(url.pathname)
    const prefix = Object.keys(mounts)
      .sort((a, b) => b.length - a.length)
      .find((p) => pathname === p || pathname.startsWith(p.endsWith('/') ? p : `${p}/`))
    let file = prefix === undefined ? undefined : path.join(mounts[prefix]!, pathname.slice(prefix.length))
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html')
    if (!file || !fs.existsSync(file)) {
      response.writeHead(404).end('not found')
      return
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', ...isolation })
    fs.createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
