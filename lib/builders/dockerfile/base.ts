// What a base image gives the Dockerfile to work with, read from its name: which tools create a
// user and install packages, and whether there is a shell at all. Official images name their
// variant in the tag (node:24-trixie-slim, python:3.13-alpine), distroless images in the path.
import { splitImageReference } from '../validate/images'

export type BaseKind = 'debian' | 'alpine' | 'busybox' | 'rpm' | 'distroless' | 'scratch'

export function baseKind(image: string): BaseKind {
  const { repository, tag } = splitImageReference(image)
  if (repository === 'scratch') return 'scratch'
  if (/distroless|chainguard/.test(repository)) return 'distroless'
  if (/(^|[/:.-])busybox/.test(`${repository}:${tag}`)) return 'busybox'
  if (/(^|[/:.-])alpine/.test(`${repository}:${tag}`)) return 'alpine'
  // Fedora and the Red Hat family install with dnf (microdnf on minimal images), not apt-get.
  if (/(^|\/)(fedora|centos|rockylinux|almalinux|amazonlinux|oraclelinux|ubi\d*(-[a-z]+)?)$/.test(repository)) return 'rpm'
  return 'debian'
}

/** A shell, and so RUN in shell form and tools such as useradd. */
export function hasShell(kind: BaseKind): boolean {
  return kind === 'debian' || kind === 'alpine' || kind === 'busybox' || kind === 'rpm'
}

/** The slim variant of Debian-based official images leaves out compilers, headers and tools like curl. */
export function isSlim(image: string): boolean {
  return /(^|-)slim(-|$)/.test(splitImageReference(image).tag)
}

/** A full Debian-based image: compilers and headers included, hundreds of megabytes. */
export function isFullDebian(image: string): boolean {
  const kind = baseKind(image)
  if (kind !== 'debian' || isSlim(image)) return false
  const { repository } = splitImageReference(image)
  // Language images whose default variant is the full one; plain distributions are already small.
  return /(^|\/)(node|python|golang|ruby|php|rust|perl|gcc|buildpack-deps)$/.test(repository)
}

/**
 * Official images Docker Hub has deprecated. openjdk gets only early-access builds since July 2022,
 * so a release tag never gets another security fix; java was replaced by openjdk in 2016.
 */
export function isDeprecatedJavaImage(image: string): boolean {
  return /(^|\/)(openjdk|java)$/.test(splitImageReference(image).repository)
}

/** What to build on instead, for the composer's warning and the linter's fix. */
export const MAINTAINED_JDK_IMAGES = 'eclipse-temurin:21-jre, amazoncorretto:21 or sapmachine:21'

/** The size trade-off of the chosen base, in a sentence for the form. */
export function describeBase(image: string): string {
  const kind = baseKind(image)
  if (kind === 'scratch') return 'scratch: an empty image for one static binary. No shell, no users, no CA certificates unless you copy them in.'
  if (kind === 'distroless') return 'Distroless: the runtime and its libraries, without a shell or package manager. Small and hard to attack; RUN steps and user creation are impossible, so build in another stage.'
  if (kind === 'busybox') return 'BusyBox: a shell and the basic Unix tools in one small binary, and no package manager: install packages in a build stage, or start from Alpine.'
  if (kind === 'rpm') return 'An RPM-based distribution: packages come from dnf (microdnf on minimal images), and minimal images may lack useradd. The builder writes apt-get and apk only, so install packages and create users in your own RUN steps.'
  if (kind === 'alpine') return 'Alpine: the smallest of the usual variants, with musl instead of glibc and BusyBox tools. Packages come from apk; native modules and downloaded binaries built for glibc may not run.'
  if (isSlim(image)) return 'Slim: Debian with just enough to run the language, a fraction of the full size. No compilers and no curl: add packages you need.'
  if (isFullDebian(image)) return 'Full: Debian with compilers, headers and common tools, hundreds of megabytes. Good for a build stage; ship a slim or Alpine runtime instead.'
  return 'A glibc distribution with a shell and apt-get: users are created with groupadd and useradd.'
}
