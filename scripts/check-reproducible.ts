// npm run check:reproducible: two clean builds of the same commit must give a byte-identical
// out/. With --against <dir>, an export already built from this commit is the first build.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { against: { type: 'string' } } })

function cleanBuild(): void {
  for (const dir of ['.next', 'out', '.generated']) fs.rmSync(dir, { recursive: true, force: true })
  const result = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

function fingerprint(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) walk(full)
      else files.set(path.relative(dir, full), createHash('sha256').update(fs.readFileSync(full)).digest('hex'))
    }
  }
  walk(dir)
  return files
}

const first = fs.mkdtempSync(path.join(os.tmpdir(), 'reproducible-'))
if (values.against) {
  fs.cpSync(values.against, first, { recursive: true })
} else {
  cleanBuild()
  fs.cpSync('out', first, { recursive: true })
}
cleanBuild()

const a = fingerprint(first)
const b = fingerprint('out')
const differences = [...new Set([...a.keys(), ...b.keys()])]
  .sort()
  .filter((file) => a.get(file) !== b.get(file))
  .map((file) => `${file}: ${!a.has(file) ? 'only in the second build' : !b.has(file) ? 'only in the first build' : 'contents differ'}`)
fs.rmSync(first, { recursive: true, force: true })

if (differences.length > 0) {
  console.error(`Not reproducible: ${differences.length} of ${b.size} files differ between two clean builds:`)
  for (const line of differences.slice(0, 30)) console.error(`  ${line}`)
  process.exit(1)
}
console.log(`Reproducible: two clean builds gave the same ${b.size} files, byte for byte.`)
