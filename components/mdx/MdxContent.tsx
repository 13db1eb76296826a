import * as React from 'react'
import * as jsxRuntime from 'react/jsx-runtime'
import type { ReactNode } from 'react'
import { mdxComponents } from './index'

type MdxModule = (props: { components: typeof mdxComponents }) => ReactNode

/**
 * Runs the code mdx-bundler produced at build time. This is mdx-bundler's getMDXComponent, but
 * with the React that renders the page, so server and client components resolve the same way.
 */
function evaluate(code: string): MdxModule {
  const scope = { React, _jsx_runtime: jsxRuntime }
  const fn = new Function(...Object.keys(scope), code) as (...args: unknown[]) => { default: MdxModule }
  return fn(...Object.values(scope)).default
}

/** Renders compiled MDX. The compiled module is a plain function of props with no hooks, so it is called directly. */
export function MdxContent({ code }: { code: string }) {
  return evaluate(code)({ components: mdxComponents })
}
