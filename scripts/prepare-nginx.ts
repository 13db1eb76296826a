// npm run nginx:prepare: make an export ready for nginx. Writes the site configuration with a
// per-page Content-Security-Policy (hashes of each page's inline scripts) and gzip-compressed
// copies of text files for gzip_static.
//   --out <dir>         the export (default out)
//   --dest <file>       where to write the server configuration (default .nginx/default.conf)
//   --root <dir>        the folder nginx serves (default /usr/share/nginx/html, as in the image)
//   --port <n>          listen port (default 8080, the unprivileged image's port)
// BASE_PATH is read from the environment, as for the build.
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { contentSecurityPolicy, inlineScriptHashes } from '../lib/deploy/csp'
import { renderNginxSite } from '../lib/deploy/nginx'
import { basePathFromEnv } from '../lib/site/base-path.mjs'

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'out' },
    dest: { type: 'string', default: '.nginx/default.conf' },
    root: { type: 'string', default: '/usr/share/nginx/html' },
    port: { type: 'string', default: '8080' },
  },
})

const basePath = basePathFromEnv(process.env.BASE_PATH)
const outDir = values.out
const COMPRESSIBLE = /\.(html|js|css|json|txt|md|svg|xml)$/

function walk(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    return entry.isDirectory() ? walk(path.join(dir, entry.name), relative) : [relative]
  })
}

const files = walk(outDir).filter((file) => !file.endsWith('.gz'))
const pages = files.filter((f) => f.endsWith('.html'))
const cspByUri = new Map<string, string>()
for (const file of pages) {
  const csp = contentSecurityPolicy(inlineScriptHashes(fs.readFileSync(path.join(outDir, file), 'utf8')))
  const uri = `${basePath}/${file}`
  cspByUri.set(uri, csp)
  // The URI a reader asks for: /page/ for page/index.html (nginx matches $uri after the index lookup,
  // but the map is checked against both so the header is right either way).
  if (file.endsWith('index.html')) cspByUri.set(uri.slice(0, -'index.html'.length), csp)
}

let compressed = 0
for (const file of files.filter((f) => COMPRESSIBLE.test(f))) {
  const source = fs.readFileSync(path.join(outDir, file))
  if (source.length < 1024) continue
  const gz = gzipSync(source, { level: 9 })
  if (gz.length < source.length * 0.9) {
    fs.writeFileSync(path.join(outDir, `${file}.gz`), gz)
    compressed++
  }
}

const site = renderNginxSite({
  basePath,
  root: path.resolve(values.root),
  port: Number(values.port),
  cspByUri,
  defaultCsp: contentSecurityPolicy([]),
})
fs.mkdirSync(path.dirname(values.dest), { recursive: true })
fs.writeFileSync(values.dest, site)
console.log(`nginx: ${pages.length} pages with their own CSP, ${compressed} files pre-compressed, config in ${values.dest}`)
