// What the builder specs share: the text a model writes for a state (what the page must show and
// copy), exact-text checks, typing over a field, and waiting for the state in the URL.
import { expect, type Locator, type Page } from '@playwright/test'
import type { StateOf, StateSpec } from '../lib/builders/fields'
import { evaluate, type BuilderModel } from '../lib/builders/model'
import { outputText } from '../lib/builders/output'
import { encodeState, queryString } from '../lib/builders/url-state'
import { open } from './site'

/** The text the model writes for one output of a state. */
export function modelOutput<S extends StateSpec>(model: BuilderModel<S>, state: StateOf<S>, id: string, layout: 'single' | 'multi' = 'multi'): string {
  const output = evaluate(model, state).outputs.find((o) => o.id === id)
  if (!output) throw new Error(`${model.id} writes no output ${id}`)
  return outputText(output, layout)
}

/** Exactly this text, line breaks and spaces included (toHaveText would normalise whitespace). */
export async function expectExactText(locator: Locator, text: string): Promise<void> {
  await expect.poll(() => locator.textContent()).toBe(text)
}

/** Every output the model writes for a state, and no other, each with exactly its text. */
export async function expectOutputs<S extends StateSpec>(builder: Locator, model: BuilderModel<S>, state: StateOf<S>): Promise<void> {
  const expected = evaluate(model, state).outputs.map((o) => [o.id, outputText(o, 'multi')] as const)
  await expect(builder.locator('[data-command-output]')).toHaveCount(expected.length)
  for (const [id, text] of expected) await expectExactText(builder.locator(`[data-command-output="${id}"]`), text)
}

/** Selects what is in the focused field and types over it. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type(text)
}

/**
 * A builder's tools page writes its state into the URL a moment after the last change. A spec that
 * reloads must wait for exactly that state there, or the reload may load the one before it.
 */
export async function expectStateInUrl<S extends StateSpec>(page: Page, model: Pick<BuilderModel<S>, 'spec' | 'start'>, state: StateOf<S>): Promise<void> {
  const query = queryString(encodeState(model.spec, state, model.start))
  await expect.poll(() => new URL(page.url()).search).toBe(query)
}

/**
 * A builder is prerendered, but its code loads only when it is wanted: in a lesson as the reader
 * nears it, on its tools page when the reader first points at it (or at once when the URL holds a
 * state). Points at it and waits until its code has arrived and rendered, before a spec acts on it.
 */
export async function ready(builder: Locator): Promise<void> {
  // The island, not the builder: when the code arrives the builder's elements are replaced.
  const island = builder.locator('xpath=ancestor::*[@data-deferred][1]')
  await island.hover({ position: { x: 1, y: 1 } })
  await expect(island).toHaveAttribute('data-ready', '')
}

/**
 * Opens a page with a deferred builder and lets it settle (network idle) with the builder's code not
 * yet loaded, counting the scripts the page asks for, so a spec can see what makes the code load.
 */
export async function openBeforeBuilderCode(page: Page, path: string, id: string): Promise<{ island: Locator; scripts: () => number }> {
  let scripts = 0
  page.on('request', (request) => request.resourceType() === 'script' && scripts++)
  await open(page, path)
  const island = page.locator(`[data-deferred="${id}"]`)
  await page.waitForLoadState('networkidle')
  await expect(island).not.toHaveAttribute('data-ready')
  return { island, scripts: () => scripts }
}

/**
 * Holds every script the page asks for from now on until the returned function is called: the
 * specs use it to act on a builder before its code can arrive.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/*.js', async (route) => {
    await released
    await route.continue()
  })
  return release
}
