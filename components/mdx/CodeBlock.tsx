import { CopyButton } from '@/components/ui/CopyButton'

const LANGUAGE_LABELS: Record<string, string> = {
  bash: 'Shell',
  console: 'Terminal',
  dockerfile: 'Dockerfile',
  yaml: 'YAML',
  json: 'JSON',
  jsonc: 'JSON',
  nginx: 'nginx',
  text: 'Text',
}

interface CodeBlockProps {
  lang: string
  /** Computed at build time: the code without prompt markers or command output. */
  copyText: string
  title?: string
  /** The <pre> Shiki highlighted at build time, as HTML (see highlightToHtml). */
  html: string
}

/** Every fenced code block renders through this: a header with title or language, and a copy button. */
export function CodeBlock({ lang, copyText, title, html }: CodeBlockProps) {
  return (
    <figure className="code-block" data-code-block data-lang={lang}>
      <figcaption className="code-block-header">
        <span>{title ?? LANGUAGE_LABELS[lang] ?? lang}</span>
        <CopyButton text={copyText} label={title ? `Copy ${title}` : 'Copy code'} />
      </figcaption>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </figure>
  )
}
