// A lesson's builder is the server's HTML until its code arrives, and its fields take keystrokes and
// ticks all the same. When the code arrives the builder replaces that HTML with its own, which
// starts from the lesson's example again. So what the reader changes before then is recorded, field
// by field in document order (the new form has the same fields), and handed to the new fields as
// the reader's own changes; the field the reader was in gets the focus and the caret back.

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement

interface Entered {
  value: string
  checked: boolean
}

const FIELDS = 'input, textarea, select'

function isField(target: EventTarget | null): target is Field {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
}

export interface EarlyInput {
  /** Notes which field has the focus, just before the server's fields are replaced. */
  hold(): void
  /** Hands what was recorded to the builder's own fields, once, and stops recording. */
  replay(): void
  stop(): void
}

export function recordEarlyInput(root: HTMLElement): EarlyInput {
  const fields = () => [...root.querySelectorAll<Field>(FIELDS)]
  const entered = new Map<number, Entered>()
  let focus: { index: number; start: number | null; end: number | null } | undefined
  const note = (event: Event) => {
    const field = event.target
    if (!isField(field) || !root.contains(field)) return
    entered.set(fields().indexOf(field), { value: field.value, checked: field instanceof HTMLInputElement && field.checked })
  }
  // On the window, capturing, so that nothing on the way to the field can keep it from us.
  const stop = () => {
    window.removeEventListener('input', note, true)
    window.removeEventListener('change', note, true)
  }
  window.addEventListener('input', note, true)
  window.addEventListener('change', note, true)
  return {
    hold() {
      const active = document.activeElement
      if (!isField(active) || !root.contains(active)) return
      const text = active instanceof HTMLSelectElement ? null : active
      focus = { index: fields().indexOf(active), start: text?.selectionStart ?? null, end: text?.selectionEnd ?? null }
    },
    replay() {
      stop()
      const now = fields()
      for (const [index, value] of entered) {
        const field = now[index]
        if (field?.isConnected) replay(field, value)
      }
      const focused = focus && now[focus.index]
      if (!focus || !focused?.isConnected) return
      focused.focus()
      if (focus.start !== null && !(focused instanceof HTMLSelectElement)) focused.setSelectionRange(focus.start, focus.end)
    },
    stop,
  }
}

/**
 * Changes a field of the new form as the reader did the old one. React notices a change by comparing
 * the field with the last value it set, which it follows through the element's own `value` setter,
 * so text goes in through the prototype's setter, past that record.
 */
function replay(field: Field, { value, checked }: Entered) {
  if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
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
