// A lesson's builder is the server's HTML until its code arrives, and its fields take keystrokes and
// ticks all the same. React hydrates over them without telling the builder (and puts a textarea
// back to the text it rendered), so the form would show what the command lacks. So what the reader
// changes before then is recorded, and once the builder runs each such field is handed to React as
// the reader's own change.

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement

interface Entered {
  value: string
  checked: boolean
}

function isField(target: EventTarget | null): target is Field {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
}

/** Starts recording the fields the reader changes inside `root`; replay() hands them to React once. */
export function recordEarlyInput(root: HTMLElement): { replay: () => void; stop: () => void } {
  const entered = new Map<Field, Entered>()
  const note = (event: Event) => {
    if (isField(event.target) && root.contains(event.target)) entered.set(event.target, { value: event.target.value, checked: event.target instanceof HTMLInputElement && event.target.checked })
  }
  // On the window, capturing: React stops these events at the document while their target waits
  // for hydration, so a listener on the island would never hear them.
  const stop = () => {
    window.removeEventListener('input', note, true)
    window.removeEventListener('change', note, true)
  }
  window.addEventListener('input', note, true)
  window.addEventListener('change', note, true)
  return {
    replay() {
      stop()
      for (const [field, value] of entered) if (field.isConnected) replay(field, value)
    },
    stop,
  }
}

/**
 * React notices a change by comparing the field with the last value it saw, which it keeps through
 * the element's own `value`/`checked` setters: so the field is first set back to what React
 * rendered through those setters, then changed as a reader would change it.
 */
function replay(field: Field, { value, checked }: Entered) {
  if (field instanceof HTMLSelectElement) {
    const rendered = [...field.options].find((option) => option.defaultSelected)?.value ?? field.options[0]?.value
    if (value === rendered) return
    field.value = value
    field.dispatchEvent(new Event('change', { bubbles: true }))
    return
  }
  if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
    if (checked === field.defaultChecked || (field.type === 'radio' && !checked)) return
    field.checked = !checked
    field.click()
    return
  }
  if (value === field.defaultValue) return
  field.value = field.defaultValue
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set?.call(field, value)
  field.dispatchEvent(new Event('input', { bubbles: true }))
}
