// A content problem names the file, the line where known, and what is wrong. The build collects
// every problem it can find before failing, so an author fixes them in one pass.

export interface ContentProblem {
  /** Path relative to the project root, e.g. content/01-foundations/02-images.mdx */
  file: string
  line?: number
  column?: number
  message: string
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? '' : `:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`
  return `${problem.file}${where}: ${problem.message}`
}

export class ContentBuildError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`)
    this.name = 'ContentBuildError'
  }
}

/** Sorts problems by file then line so the report reads top to bottom. */
export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
}
