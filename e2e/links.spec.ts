import { expect, test } from '@playwright/test'
import { checkExport } from '../scripts/check-links'
import { BASE_PATH_OUT_DIR, E2E_BASE_PATH } from './config'

test.describe('link check of the static exports', () => {
  test('every internal link, asset and #anchor resolves in the root export', () => {
    expect(checkExport('out')).toEqual([])
  })

  test(`every internal link, asset and #anchor resolves in the ${E2E_BASE_PATH} export`, () => {
    expect(checkExport(BASE_PATH_OUT_DIR, E2E_BASE_PATH)).toEqual([])
  })
})
