// npm run content: compile content/ into .generated/content, or fail naming file, line and problem.
//   --content-dir <dir>   compile another folder (used by tests with fixture content)
//   --out <dir>           write somewhere else than .generated/content
import path from 'node:path'
import { parseArgs } from 'node:util'
import { buildContent } from '../lib/content/build'
import { GENERATED_CONTENT_DIR, writeGeneratedContent } from '../lib/content/generated'
import { formatProblem } from '../lib/content/problems'
import { APP_ROUTES } from '../lib/site/routes'
import { mdxComponentNames } from '../components/mdx'

const { values } = parseArgs({
  options: {
    'content-dir': { type: 'string', default: 'content' },
    out: { type: 'string', default: GENERATED_CONTENT_DIR },
  },
})

const projectRoot = process.cwd()
const started = performance.now()
const result = await buildContent({
  contentDir: path.resolve(projectRoot, values['content-dir']),
  projectRoot,
  componentNames: mdxComponentNames,
  appRoutes: APP_ROUTES,
})

if (!result.ok) {
  console.error(`\nThe content has ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}:\n`)
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`)
  console.error('')
  process.exit(1)
}

writeGeneratedContent(path.resolve(projectRoot, values.out), result.manifest, result.pages)
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(`content: ${result.manifest.modules.length} modules, ${result.pages.length} pages compiled in ${seconds}s`)
