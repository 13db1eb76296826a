// Server component: the linter's rules as a table, straight from the catalogue the linter runs,
// with the hadolint and BuildKit rule each one corresponds to. Plain HTML, no client code.
import Link from 'next/link'
import { ContentTable } from '@/components/mdx/ContentTable'
import { RULES, type RuleId } from '@/lib/builders/dockerfile-lint'
import { SEVERITY_LABEL } from '@/lib/builders/dockerfile-lint/page'
import { lessonPath } from '@/lib/builders/lessons/lesson'

export function DockerfileLintRules() {
  const rules = Object.entries(RULES) as [RuleId, (typeof RULES)[RuleId]][]
  return (
    <ContentTable data-lint-rules>
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">Severity</th>
          <th scope="col">hadolint</th>
          <th scope="col">BuildKit check</th>
        </tr>
      </thead>
      <tbody>
        {rules.map(([id, rule]) => (
          <tr key={id}>
            <td>
              <code>{id}</code>: <Link href={lessonPath(rule.lesson)} prefetch={false}>{rule.title}</Link>
            </td>
            <td>{SEVERITY_LABEL[rule.severity]}</td>
            <td>{'hadolint' in rule ? rule.hadolint : '–'}</td>
            <td>{'buildkit' in rule ? rule.buildkit : '–'}</td>
          </tr>
        ))}
      </tbody>
    </ContentTable>
  )
}
