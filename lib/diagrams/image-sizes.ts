// Real image sizes for the "image size" and "multi-stage build" diagrams. One place, so the
// drawing and its caption cannot disagree.
//
// Source: the Docker Official Images' published metadata (github.com/docker-library/repo-info,
// repos/<image>/local/<tag>.md, "Virtual Size: total size of all layers on-disk"), linux/amd64.
// That is the uncompressed size `docker image ls` shows after a pull; the compressed download
// is smaller. Each entry names the exact version its tag pointed to when it was recorded.

export interface ImageSize {
  /** The tag a reader would write in FROM. */
  tag: string
  /** The exact image the tag pointed to when measured. */
  resolved: string
  /** Size on disk in megabytes (10^6 bytes), as docker image ls reports it. */
  megabytes: number
}

export const IMAGE_SIZES = {
  pythonFull: { tag: 'python:3.13', resolved: 'python:3.13.14-trixie', megabytes: 1110 },
  pythonSlim: { tag: 'python:3.13-slim', resolved: 'python:3.13.15-slim-trixie', megabytes: 126.25 },
  pythonAlpine: { tag: 'python:3.13-alpine', resolved: 'python:3.13.15-alpine3.24', megabytes: 45.58 },
  golang: { tag: 'golang:1.26', resolved: 'golang:1.26.8-trixie', megabytes: 874.05 },
  alpine: { tag: 'alpine:3.22', resolved: 'alpine:3.22.6', megabytes: 8.3 },
} satisfies Record<string, ImageSize>

/** "1.11 GB", "126 MB", "45.6 MB", "8.3 MB": three significant figures, as docker image ls does. */
export function formatMegabytes(megabytes: number): string {
  if (megabytes >= 1000) return `${(megabytes / 1000).toPrecision(3)} GB`
  return `${Number(megabytes.toPrecision(3))} MB`
}
