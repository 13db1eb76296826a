// What authors may write in frontmatter and in a module's _module.json. Objects are strict so a
// misspelt field (`descripton`) is an error instead of being silently ignored.
import { z } from 'zod'

const requiredText = (what: string, min: number, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be text`) })
    .trim()
    .min(min, `${what} must be at least ${min} characters`)
    .max(max, `${what} must be at most ${max} characters`)

export const pageFrontmatterSchema = z.strictObject({
  title: requiredText('title', 1, 80),
  description: requiredText('description', 20, 180),
  /** Shown in the sidebar when the title is too long for it. */
  sidebarTitle: requiredText('sidebarTitle', 1, 40).optional(),
  objectives: z
    .array(requiredText('each objective', 3, 200), { error: 'objectives must be a list of text items' })
    .min(1, 'objectives must list at least one objective')
    .optional(),
  tags: z
    .array(
      z.string({ error: 'each tag must be text' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'tags are lowercase words joined by "-"'),
      { error: 'tags must be a list of text items' },
    )
    .optional(),
})

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>

/** How a module is presented: the learning path is read in order; reference and tools are looked up. */
export const moduleKinds = ['path', 'reference', 'tools'] as const
export type ModuleKind = (typeof moduleKinds)[number]

export const moduleMetaSchema = z.strictObject({
  title: requiredText('title', 1, 60),
  description: requiredText('description', 10, 200),
  kind: z.enum(moduleKinds, { error: `kind must be one of ${moduleKinds.join(', ')}` }).default('path'),
})

export type ModuleMeta = z.infer<typeof moduleMetaSchema>
