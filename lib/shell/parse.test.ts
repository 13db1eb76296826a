import { describe, expect, it } from 'vitest'
import { parseShell } from './parse'

const argvs = (text: string) => {
  const result = parseShell(text)
  if (!result.ok) throw new Error(result.error)
  return result.commands.map((command) => command.argv)
}

describe('parseShell', () => {
  it('splits words and honours single quotes, double quotes and backslashes', () => {
    expect(argvs(`docker run -e 'A=b c' -e "D=\\"e\\"" --name my\\ app nginx`)).toEqual([
      ['docker', 'run', '-e', 'A=b c', '-e', 'D="e"', '--name', 'my app', 'nginx'],
    ])
  })

  it('joins backslash-newline continuations and ignores comments', () => {
    expect(argvs('docker run \\\n  --detach \\\n  nginx:1.27-alpine  # a web server')).toEqual([['docker', 'run', '--detach', 'nginx:1.27-alpine']])
  })

  it('splits commands on newlines and operators and records the operator', () => {
    const result = parseShell('docker export web | docker import - flat:latest && docker images\ndocker ps')
    expect(result.ok && result.commands.map((c) => [c.argv[1], c.next])).toEqual([
      ['export', '|'],
      ['import', '&&'],
      ['images', ';'],
      ['ps', undefined],
    ])
  })

  it('separates redirections from arguments', () => {
    const result = parseShell('docker save nginx:1.27-alpine > nginx.tar 2>&1')
    expect(result.ok && result.commands[0]).toEqual({
      argv: ['docker', 'save', 'nginx:1.27-alpine'],
      redirects: [
        { operator: '>', target: 'nginx.tar' },
        { operator: '2>&', target: '1' },
      ],
      expansions: [],
    })
  })

  it('keeps substitutions verbatim and reports them', () => {
    const result = parseShell('docker run -v "$(pwd)/site:/usr/share/nginx/html" -v $HOME/.cache:/cache nginx')
    expect(result.ok && result.commands[0]!.argv[3]).toBe('$(pwd)/site:/usr/share/nginx/html')
    expect(result.ok && result.commands[0]!.expansions).toEqual(['$(pwd)', '$HOME'])
  })

  it('reports unclosed quotes and dangling operators instead of guessing', () => {
    expect(parseShell(`docker run -e 'A=b nginx`)).toMatchObject({ ok: false, error: 'a single quote is never closed', offset: 14 })
    expect(parseShell('docker run -e "A=b nginx')).toMatchObject({ ok: false, error: 'a double quote is never closed' })
    expect(parseShell('docker ps |')).toMatchObject({ ok: false, error: 'the command ends with "|" but nothing follows it' })
    expect(parseShell('| docker ps')).toMatchObject({ ok: false, error: '"|" needs a command before it' })
    expect(parseShell('docker logs web >')).toMatchObject({ ok: false, error: '">" needs a file after it' })
  })
})
