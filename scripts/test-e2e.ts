// npm run test:e2e: build the export twice (at the root and under a sub-path), then run the
// Playwright suite against both, served by a static file server.
//   --no-build   reuse the exports from the last run (while iterating on specs)
//   other arguments are passed to `playwright test`
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { BASE_PATH_OUT_DIR, BASE_PATH_SERVE_DIR, E2E_BASE_PATH } from '../e2e/config'

const args = process.argv.slice(2)
const skipBuild = args.includes('--no-build')
const playwrightArgs = args.filter((arg) => arg !== '--no-build')

function run(command: string, commandArgs: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

if (!skipBuild) {
  run('npm', ['run', 'build'], { BASE_PATH: E2E_BASE_PATH })
  fs.rmSync(BASE_PATH_SERVE_DIR, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(BASE_PATH_OUT_DIR), { recursive: true })
  fs.renameSync('out', BASE_PATH_OUT_DIR)
  // The server's own not-found page must be the prefixed export's 404 page, as on a real host.
  fs.copyFileSync(path.join(BASE_PATH_OUT_DIR, '404.html'), path.join(BASE_PATH_SERVE_DIR, '404.html'))
  run('npm', ['run', 'build'])
}

run('npx', ['playwright', 'test', ...playwrightArgs])
