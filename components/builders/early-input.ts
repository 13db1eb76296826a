// A lesson's builder is the server's HTML until its code arrives, and its fields take keystrokes and
// ticks all the same (React does not touch that HTML). When the code arrives the builder renders
// its own form in its place, starting from the lesson's example again. So the server's form is read
// just before, for each field the reader changed (its value differs from the one in the HTML), and
// the new form, which has the same fields in the same order, gets those changes as the reader's
// own; the field the reader was in gets the focus and the caret back. Loaded with the builder's code.

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement

export interface EarlyInput {
  /** Field index (document order) → what the reader left in it. */
  changed: Map<number, { value: string; checked: boolean }>
  focus?: { index: number; start: number | null; end: number | null }
}

const fieldsIn = (root: Element) => [...root.querySelectorAll<Field>('input, textarea, select')]

function isCheckable(field: Field): field is HTMLInputElement {
  return field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')
}

/** The value the server's HTML gave the field. */
function htmlValue(field: Field): string {
  if (field instanceof HTMLSelectElement) return ([...field.options].find((option) => option.defaultSelected) ?? field.options[0])?.value ?? ''
  return field.defaultValue
}

export function readEarlyInput(root: Element): EarlyInput {
  const fields = fieldsIn(root)
  const input: EarlyInput = { changed: new Map() }
  fields.forEach((field, index) => {
    const checked = isCheckable(field) && field.checked
    if (isCheckable(field) ? checked !== field.defaultChecked : field.value !== htmlValue(field)) input.changed.set(index, { value: field.value, checked })
  })
  const index = fields.findIndex((field) => field === document.activeElement)
  const focused = fields[index]
  if (focused) {
    const text = focused instanceof HTMLSelectElement || isCheckable(focused) ? undefined : focused
    input.focus = { index, start: text?.selectionStart ?? null, end: text?.selectionEnd ?? null }
  }
  return input
}

export function replayEarlyInput(root: Element, { changed, focus }: EarlyInput): void {
  const fields = fieldsIn(root)
  for (const [index, value] of changed) {
    const field = fields[index]
    if (field?.isConnected) replay(field, value)
  }
  const focused = focus && fields[focus.index]
  if (!focus || !focused?.isConnected) return
  focused.focus()
  if (focus.start !== null && !(focused instanceof HTMLSelectElement)) focused.setSelectionRange(focus.start, focus.end)
}

/**
 * Changes a field of the new form as the reader did the old one. React notices a change by comparing
 * the field with the last value it set, which it follows through the element's own `value` setter,
 * so text goes in through the prototype's setter, past that record.
 */
function replay(field: Field, { value, checked }: { value: string; checked: boolean }) {
  if (isCheckable(field)) {
    if (checked !== field.checked && (checked || field.type === 'checkbox')) field.click()
    return
  }
  if (value === field.value) return
  if (field instanceof HTMLSelectElement) {
    field.value = value
    field.dispatchEvent(new Event('change', { bubbles: true }))
    return
  }
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set?.call(field, value)
  field.dispatchEvent(new Event('input', { bubbles: true }))
}
