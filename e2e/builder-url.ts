// A builder's tools page writes its state into the URL a moment after the last change. A spec that
// reloads must wait for exactly that state there, or the reload may load the one before it.
import { expect, type Page } from '@playwright/test'
import type { StateOf, StateSpec } from '../lib/builders/fields'
import type { BuilderModel } from '../lib/builders/model'
import { encodeState, queryString } from '../lib/builders/url-state'

export async function expectStateInUrl<S extends StateSpec>(page: Page, model: Pick<BuilderModel<S>, 'spec' | 'start'>, state: StateOf<S>): Promise<void> {
  const query = queryString(encodeState(model.spec, state, model.start))
  await expect.poll(() => new URL(page.url()).search).toBe(query)
}
