import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { DocPage } from '@/components/layout/DocPage'
import { moduleOf } from '@/lib/content/navigation'
import { getAllPages, getManifest, getPageData } from '@/lib/content/store'
import { pageMetadata } from '@/lib/site/metadata'

interface Params {
  module: string
  page: string
}

export const dynamicParams = false

export function generateStaticParams(): Params[] {
  return getAllPages().map((page) => ({ module: page.module, page: page.slug }))
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { module, page: slug } = await params
  const page = getPageData(module, slug)
  if (!page) return {}
  return pageMetadata({ title: page.title, description: page.description, route: page.route })
}

export default async function ContentPage({ params }: { params: Promise<Params> }) {
  const { module, page: slug } = await params
  const page = getPageData(module, slug)
  if (!page) notFound()
  const manifest = getManifest()
  return <DocPage manifest={manifest} page={page} showReadingTime={moduleOf(manifest, page.route)?.kind === 'path'} />
}
