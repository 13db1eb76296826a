'use client'
// Client component: the inspect and format builder's form.
import { CATALOG, type Kind } from '@/lib/builders/inspect/catalog'
import { defaultFields } from '@/lib/builders/inspect'
import type { InspectSpec } from '@/lib/builders/inspect/state'
import { CheckboxField, FormSection, RadioField, RowsField, SelectField, TextField, type Option } from './fields'
import type { FormApi } from './form'

const KIND_OPTIONS: Option<Kind>[] = [
  { value: 'image', label: 'An image', description: 'docker image inspect' },
  { value: 'container', label: 'A container', description: 'docker container inspect' },
  { value: 'ps', label: 'The list of containers', description: 'docker ps' },
  { value: 'images', label: 'The list of images', description: 'docker image ls' },
]

export function InspectForm({ form }: { form: FormApi<InspectSpec> }) {
  const { kind } = form.state
  const inspecting = kind === 'image' || kind === 'container'
  const kindBinding = form.choice('kind')
  const fieldOptions = (current: string): Option<string>[] => {
    const options = Object.entries(CATALOG[kind]).map(([value, info]) => ({ value, label: info.label }))
    return options.some((option) => option.value === current) ? options : [{ value: current, label: `${current} (not available here)` }, ...options]
  }
  return (
    <>
      <FormSection title="What to look at" initiallyOpen>
        <RadioField
          label="Inspect or list"
          description="Switching resets the fields to a useful start."
          binding={{ ...kindBinding, onChange: (next) => form.update({ kind: next, fields: defaultFields(next) }) }}
          options={KIND_OPTIONS}
        />
        {inspecting && (
          <TextField
            label={kind === 'image' ? 'Image' : 'Container'}
            description={kind === 'image' ? 'A name with its tag, such as nginx:1.27-alpine, or an image ID.' : 'The container name or ID.'}
            binding={form.text('name')}
          />
        )}
      </FormSection>

      <FormSection title={inspecting ? 'Fields' : 'Columns'} initiallyOpen>
        <RowsField label={inspecting ? 'Fields to print, in order' : 'Columns, left to right'} item={inspecting ? 'field' : 'column'} binding={form.rows('fields')}>
          {(row) => <SelectField label={inspecting ? 'Field' : 'Column'} binding={row.choice('field')} options={fieldOptions(row.value.field)} />}
        </RowsField>
        {kind === 'ps' && form.state.fields.some((row) => row.field === 'label') && (
          <TextField label="Label to show" description="The key of the label for the “One label” column." placeholder="com.example.project" binding={form.text('labelKey')} />
        )}
      </FormSection>

      <FormSection title="Layout" initiallyOpen>
        {inspecting ? (
          <RadioField
            label="Print"
            binding={form.choice('layout')}
            options={[
              { value: 'lines', label: 'One labelled field per line', description: 'For reading.' },
              { value: 'values', label: 'Values only, on one line', description: 'For scripts, and for several objects at once.' },
            ]}
          />
        ) : (
          <>
            <CheckboxField label="Table with a header row (table)" description="Without it, each line is the values separated by tabs." binding={form.flag('table')} />
            {kind === 'ps' && <CheckboxField label="Stopped containers too (-a)" binding={form.flag('all')} />}
          </>
        )}
      </FormSection>
    </>
  )
}
