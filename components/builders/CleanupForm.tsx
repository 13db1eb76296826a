'use client'
// Client component: the cleanup builder's form.
import type { CleanupSpec } from '@/lib/builders/cleanup/state'
import { CheckboxField, FormSection, RadioField, RowsField, TextField } from './fields'
import type { FormApi } from './form'

export function CleanupForm({ form }: { form: FormApi<CleanupSpec> }) {
  const system = form.state.mode === 'system'
  return (
    <>
      <FormSection title="What to remove" initiallyOpen>
        <RadioField
          label="How"
          binding={form.choice('mode')}
          options={[
            { value: 'pick', label: 'Choose kinds of things', description: 'One prune command for each.' },
            { value: 'system', label: 'Everything unused at once', description: 'docker system prune.' },
          ]}
        />
        {system ? (
          <>
            <CheckboxField label="All unused images, not only dangling ones (-a)" binding={form.flag('systemAllImages')} />
            <CheckboxField label="Anonymous volumes too (--volumes)" description="Deletes the data in them." binding={form.flag('systemVolumes')} />
          </>
        ) : (
          <>
            <CheckboxField label="Stopped containers" binding={form.flag('containers')} />
            <RadioField
              label="Images"
              binding={form.choice('images')}
              options={[
                { value: 'keep', label: 'Keep' },
                { value: 'dangling', label: 'Dangling', description: 'Untagged leftovers of old builds.' },
                { value: 'unused', label: 'All unused (-a)', description: 'Every image no container uses.' },
              ]}
            />
            <CheckboxField label="Unused networks" binding={form.flag('networks')} />
            <RadioField
              label="Volumes"
              binding={form.choice('volumes')}
              options={[
                { value: 'keep', label: 'Keep' },
                { value: 'anonymous', label: 'Unused anonymous volumes', description: 'Deletes their data.' },
                { value: 'unused', label: 'All unused volumes, named too (-a)', description: 'Deletes their data.' },
              ]}
            />
            <RadioField
              label="Build cache"
              binding={form.choice('buildCache')}
              options={[
                { value: 'keep', label: 'Keep' },
                { value: 'dangling', label: 'Dangling' },
                { value: 'unused', label: 'All unused (-a)' },
              ]}
            />
          </>
        )}
      </FormSection>

      <FormSection title="Only some of it" status={form.section(['until', 'labels'])}>
        <TextField label="Older than" description="An age such as 24h, or a date such as 2025-01-31 (build cache takes only an age). Not for volumes." placeholder="24h" binding={form.text('until')} />
        <RowsField label="Labels" description="Only objects with (or without) this label." item="label filter" binding={form.rows('labels')}>
          {(row) => (
            <>
              <TextField label="Key" placeholder="com.example.project" binding={row.text('key')} />
              <TextField label="Value" description="Empty: any value." binding={row.text('value')} />
              <CheckboxField label="Keep these instead (label!=)" binding={row.flag('exclude')} />
            </>
          )}
        </RowsField>
      </FormSection>

      <FormSection title="Confirmation" initiallyOpen>
        <CheckboxField label="Do not ask before deleting (-f)" description="For scripts; at a terminal, the question is a useful last check." binding={form.flag('force')} />
      </FormSection>
    </>
  )
}
