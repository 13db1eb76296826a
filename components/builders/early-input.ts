// A deferred builder is the server's HTML until its code arrives, and that HTML takes keystrokes,
// ticks and folds all the same (React does not touch it); its buttons are held (lazy.tsx). When the
// code arrives the builder renders its own form in its place, from the same start state, so it has
// the same controls in the same order. So the server's form is read just before: each field the
// reader changed (its value differs from the one in the HTML), each section they opened or closed,
// the button they pressed, and where the focus was. The new form then gets those, as the reader's
// own input; the control the reader was on gets the focus (and a text field its caret) back.
// Loaded with the builder's code.

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement

export interface EarlyInput {
  /** Control index (document order) → what the reader left in that field. */
  changed: Map<number, { value: string; checked: boolean }>
  /** Whether each section was open, in document order. */
  open: boolean[]
  /** Control index of the button the reader pressed last. */
  pressed?: number
  focus?: { index: number; start: number | null; end: number | null }
}

type Control = Field | HTMLButtonElement

const controlsIn = (root: Element) => [...root.querySelectorAll<Control>('input, textarea, select, button')]
const sectionsIn = (root: Element) => [...root.querySelectorAll('details')]

const isField = (control: Control): control is Field => !(control instanceof HTMLButtonElement)

function isCheckable(control: Control): control is HTMLInputElement {
  return control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')
}

const hasCaret = (control: Control): control is HTMLInputElement | HTMLTextAreaElement =>
  (control instanceof HTMLInputElement && !isCheckable(control)) || control instanceof HTMLTextAreaElement

/** The value the server's HTML gave the field. */
function htmlValue(field: Field): string {
  if (field instanceof HTMLSelectElement) return ([...field.options].find((option) => option.defaultSelected) ?? field.options[0])?.value ?? ''
  return field.defaultValue
}

export function readEarlyInput(root: Element, pressed: Element | undefined): EarlyInput {
  const controls = controlsIn(root)
  const input: EarlyInput = { changed: new Map(), open: sectionsIn(root).map((section) => section.open) }
  controls.forEach((control, index) => {
    if (!isField(control)) return
    const checked = isCheckable(control) && control.checked
    if (isCheckable(control) ? checked !== control.defaultChecked : control.value !== htmlValue(control)) input.changed.set(index, { value: control.value, checked })
  })
  const pressedIndex = controls.findIndex((control) => control === pressed)
  if (pressedIndex >= 0) input.pressed = pressedIndex
  const index = controls.findIndex((control) => control === document.activeElement)
  const focused = controls[index]
  if (focused) {
    const text = hasCaret(focused) ? focused : undefined
    input.focus = { index, start: text?.selectionStart ?? null, end: text?.selectionEnd ?? null }
  }
  return input
}

export function replayEarlyInput(root: Element, { changed, open, pressed, focus }: EarlyInput): void {
  // Found before anything changes, since a change can add or remove controls (a ticked box shows more).
  const controls = controlsIn(root)
  sectionsIn(root).forEach((section, index) => {
    if (open[index] !== undefined && section.open !== open[index]) section.open = open[index]
  })
  for (const [index, value] of changed) {
    const field = controls[index]
    if (field?.isConnected && isField(field)) replay(field, value)
  }
  // Pressed once React has rendered those changes, so the button acts on them (a copy button copies the new text).
  const button = pressed === undefined ? undefined : controls[pressed]
  if (button) setTimeout(() => button.isConnected && button.click())
  const focused = focus && controls[focus.index]
  if (!focus || !focused?.isConnected) return
  focused.focus()
  if (focus.start !== null && hasCaret(focused)) focused.setSelectionRange(focus.start, focus.end)
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
