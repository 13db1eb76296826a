// Serves an export with Debian's nginx and the configuration the self-hosting image ships, in the
// foreground, for the e2e tests (Playwright starts and stops it like any web server).
//   tsx scripts/serve-nginx.ts --out <export> --port <n> [--base-path /prefix]
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'out' },
    port: { type: 'string', default: '8080' },
    'base-path': { type: 'string', default: '' },
  },
})

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'field-guide-nginx-'))
// When the tests run as root, nginx's workers run as nobody and must be able to read the files.
fs.chmodSync(work, 0o755)
const root = path.join(work, 'html')
// A copy, so the pre-compressed .gz files never land in the export under test.
fs.cpSync(values.out, path.join(root, values['base-path']), { recursive: true })

const site = path.join(work, 'site.conf')
const prepared = spawnSync(
  process.execPath,
  ['--import', 'tsx', 'scripts/prepare-nginx.ts', '--out', path.join(root, values['base-path']), '--dest', site, '--root', root, '--port', values.port],
  { stdio: 'inherit', env: { ...process.env, BASE_PATH: values['base-path'] } },
)
if (prepared.status !== 0) process.exit(prepared.status ?? 1)

const temp = (name: string) => path.join(work, name)
fs.writeFileSync(
  path.join(work, 'nginx.conf'),
  `worker_processes 1;
pid ${temp('nginx.pid')};
error_log stderr warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${temp('client')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  include ${site};
}
`,
)

const nginx = spawn('nginx', ['-p', work, '-c', path.join(work, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' })
const stop = () => nginx.kill('SIGQUIT')
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
nginx.on('exit', (code) => {
  fs.rmSync(work, { recursive: true, force: true })
  process.exit(code ?? 0)
})
