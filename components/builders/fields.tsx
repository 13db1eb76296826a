'use client'
// Client components: every control edits the builder's state as the reader types.
//
// Form controls shared by every builder: a visible label, an optional description, and the error
// beside the field, tied to the control with aria-describedby and aria-invalid.
import { useEffect, useRef, useState, type InputHTMLAttributes, type ReactNode } from 'react'
import type { Binding, RowApi, RowsBinding } from './form'

interface FieldText {
  label: ReactNode
  description?: ReactNode
}

function describedBy(id: string, description: unknown, error: unknown): string | undefined {
  return [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
}

function Description({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <p id={`${id}-description`} className="builder-description">
      {children}
    </p>
  ) : null
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="builder-error" data-field-error>
      <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" fill="currentColor">
        <path d="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM0 8a8 8 0 1 1 16 0A8 8 0 0 1 0 8Zm8-4a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 8 4Zm0 8a1 1 0 1 1 0-2 1 1 0 0 1 0 2Z" />
      </svg>
      {error}
    </p>
  ) : null
}

type TextInputProps = Pick<InputHTMLAttributes<HTMLInputElement>, 'placeholder' | 'inputMode' | 'list'>

export function TextField({ label, description, binding, className, ...input }: FieldText & TextInputProps & { binding: Binding<string>; className?: string }) {
  const { id, value, onChange, error } = binding
  return (
    <div className={`builder-field ${className ?? ''}`}>
      <label htmlFor={id} className="builder-label">
        {label}
      </label>
      <Description id={id}>{description}</Description>
      <input
        id={id}
        type="text"
        className="builder-input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        {...input}
      />
      <FieldError id={id} error={error} />
    </div>
  )
}

export function CheckboxField({ label, description, binding }: FieldText & { binding: Binding<boolean> }) {
  const { id, value, onChange, error } = binding
  return (
    <div className="builder-field builder-check">
      <input
        id={id}
        type="checkbox"
        checked={value}
        onChange={(event) => onChange(event.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
      />
      <div>
        <label htmlFor={id} className="builder-label">
          {label}
        </label>
        <Description id={id}>{description}</Description>
        <FieldError id={id} error={error} />
      </div>
    </div>
  )
}

export interface Option<V extends string> {
  value: V
  label: string
  description?: string
}

export function SelectField<V extends string>({ label, description, binding, options }: FieldText & { binding: Binding<V>; options: Option<V>[] }) {
  const { id, value, onChange, error } = binding
  return (
    <div className="builder-field">
      <label htmlFor={id} className="builder-label">
        {label}
      </label>
      <Description id={id}>{description}</Description>
      <select
        id={id}
        className="builder-input"
        value={value}
        onChange={(event) => onChange(event.target.value as V)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  )
}

export function RadioField<V extends string>({ label, description, binding, options }: FieldText & { binding: Binding<V>; options: Option<V>[] }) {
  const { id, value, onChange, error } = binding
  return (
    <fieldset id={id} className="builder-field builder-radios" aria-describedby={describedBy(id, description, error)}>
      <legend className="builder-label">{label}</legend>
      <Description id={id}>{description}</Description>
      {options.map((option) => (
        <label key={option.value} className="builder-radio">
          <input type="radio" name={id} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          <span>
            <span className="font-medium">{option.label}</span>
            {option.description && <span className="builder-description block">{option.description}</span>}
          </span>
        </label>
      ))}
      <FieldError id={id} error={error} />
    </fieldset>
  )
}

interface RowsFieldProps<R> extends FieldText {
  binding: RowsBinding<R>
  /** "port": used in "Add a port", "Port 2", "Remove port 2". */
  item: string
  children: (row: RowApi<R>) => ReactNode
}

/**
 * A repeatable list of rows. Adding moves focus to the new row; removing moves it to the row that
 * took its place, or to the add button, so keyboard users never lose their place.
 */
export function RowsField<R>({ label, description, binding, item, children }: RowsFieldProps<R>) {
  const list = useRef<HTMLDivElement>(null)
  /** Where focus goes once the rows have re-rendered after an add or a remove. */
  const focusNext = useRef<number | 'add'>(undefined)
  const count = binding.rows.length

  useEffect(() => {
    const next = focusNext.current
    if (next === undefined) return
    focusNext.current = undefined
    const target =
      next === 'add'
        ? list.current?.querySelector<HTMLElement>('[data-add-row]')
        : list.current?.querySelectorAll<HTMLElement>('[data-row]')[next]?.querySelector<HTMLElement>('input, select')
    target?.focus()
  }, [count])

  const title = item.charAt(0).toUpperCase() + item.slice(1)
  return (
    <fieldset className="builder-field builder-rows" id={binding.id} aria-describedby={description ? `${binding.id}-description` : undefined}>
      <legend className="builder-label">{label}</legend>
      <Description id={binding.id}>{description}</Description>
      <div ref={list} className="space-y-3">
        {binding.rows.map((row) => (
          <fieldset key={row.index} className="builder-row" data-row>
            <legend className="sr-only">
              {title} {row.index + 1}
            </legend>
            <div className="builder-row-cells">{children(row)}</div>
            <button
              type="button"
              className="builder-button builder-remove"
              aria-label={`Remove ${item} ${row.index + 1}`}
              onClick={() => {
                focusNext.current = row.index < count - 1 ? row.index : row.index > 0 ? row.index - 1 : 'add'
                binding.remove(row.index)
              }}
            >
              <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" fill="currentColor">
                <path d="M3.72 3.72a.75.75 0 0 1 1.06 0L8 6.94l3.22-3.22a.75.75 0 1 1 1.06 1.06L9.06 8l3.22 3.22a.75.75 0 1 1-1.06 1.06L8 9.06l-3.22 3.22a.75.75 0 0 1-1.06-1.06L6.94 8 3.72 4.78a.75.75 0 0 1 0-1.06Z" />
              </svg>
              <span aria-hidden="true">Remove</span>
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="builder-button"
          data-add-row
          onClick={() => {
            focusNext.current = count
            binding.add()
          }}
        >
          <span aria-hidden="true">+</span> Add {/^[aeiou]/i.test(item) ? 'an' : 'a'} {item}
        </button>
      </div>
    </fieldset>
  )
}

interface FormSectionProps {
  title: string
  children: ReactNode
  /** From `form.section([...])`: the section opens by itself when it gets a value (a preset, a link) or an error. */
  status?: { hasValue: boolean; hasError: boolean }
  initiallyOpen?: boolean
}

/** A group of fields that folds away, so a long form stays short until it is needed. */
export function FormSection({ title, children, status, initiallyOpen = false }: FormSectionProps) {
  const { hasValue = false, hasError = false } = status ?? {}
  const wanted = hasValue || hasError
  const [open, setOpen] = useState(initiallyOpen || wanted)
  // Opens when it starts to matter (a preset filled it, a value became invalid); the reader may close it again.
  const [wasWanted, setWasWanted] = useState(wanted)
  if (wanted !== wasWanted) {
    setWasWanted(wanted)
    if (wanted) setOpen(true)
  }
  return (
    <details className="builder-section" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {title}
        {hasError && <span className="builder-section-flag">has a problem</span>}
      </summary>
      <div className="builder-section-body">{children}</div>
    </details>
  )
}
