import { expect, test } from '@playwright/test'
import { allPageData, open, relative } from './site'

const quizPage = () => {
  const page = allPageData().find((p) => p.code.includes('Quiz'))
  if (!page) throw new Error('no page has a quiz')
  return page
}

test.describe('check-yourself quizzes', { tag: '@base-path' }, () => {
  test('can be answered with the keyboard alone, and the result is announced', async ({ page }) => {
    await open(page, relative(quizPage().route))
    const question = page.locator('[data-question]').first()
    const radios = question.getByRole('radio')
    await radios.first().focus()
    await page.keyboard.press('ArrowDown') // second option: the right one in the first question
    await expect(radios.nth(1)).toBeChecked()
    await page.keyboard.press('Tab')
    await expect(question.getByRole('button', { name: 'Check answer' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(question.getByRole('status')).toHaveText('Correct.')
    await expect(question.locator('details')).toHaveAttribute('open', '')

    await radios.first().focus()
    await page.keyboard.press('Space')
    await question.getByRole('button', { name: 'Check answer' }).press('Enter')
    await expect(question.getByRole('status')).toContainText('Not quite')
  })

  test('checking without choosing asks for an answer', async ({ page }) => {
    await open(page, relative(quizPage().route))
    const question = page.locator('[data-question]').nth(1)
    await question.getByRole('button', { name: 'Check answer' }).click()
    await expect(question.getByRole('status')).toHaveText('Pick an answer first.')
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('every answer and its explanation can still be revealed', async ({ page }) => {
    await page.goto(relative(quizPage().route))
    const questions = page.locator('[data-question]')
    const count = await questions.count()
    expect(count).toBeGreaterThanOrEqual(3)
    for (let i = 0; i < count; i++) {
      const details = questions.nth(i).locator('details')
      await details.locator('summary').click()
      await expect(details.getByText('Answer:')).toBeVisible()
    }
  })
})
