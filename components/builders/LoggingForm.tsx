'use client'
// Client component: the logging builder's form.
import { DRIVER_DEFAULTS, type LoggingSpec } from '@/lib/builders/logging/state'
import { CheckboxField, FormSection, RadioField, TextField } from './fields'
import type { FormApi } from './form'

export function LoggingForm({ form }: { form: FormApi<LoggingSpec> }) {
  const defaults = DRIVER_DEFAULTS[form.state.driver]
  return (
    <>
      <FormSection title="Rotation" initiallyOpen>
        <RadioField
          label="Logging driver"
          binding={form.choice('driver')}
          options={[
            { value: 'json-file', label: 'json-file', description: 'Docker\'s default. Never rotates unless you set a size.' },
            { value: 'local', label: 'local', description: 'Compact; rotates and compresses by default.' },
          ]}
        />
        <div className="builder-grid">
          <TextField label="Maximum size of a file" description={`Such as 10m (k, m or g). Empty: ${defaults.maxSize}.`} placeholder="10m" binding={form.text('maxSize')} />
          <TextField label="Files to keep" description={`Including the current one. Empty: ${defaults.maxFile}.`} placeholder="3" inputMode="numeric" binding={form.text('maxFile')} />
        </div>
        <CheckboxField
          label="Compress rotated files"
          description={`gzip for the files that are no longer written to. ${form.state.driver}'s default: ${defaults.compress ? 'on' : 'off'}.`}
          binding={form.flag('compress')}
        />
      </FormSection>

      <FormSection title="The container" initiallyOpen>
        <div className="builder-grid">
          <TextField label="Container name" placeholder="web" binding={form.text('container')} />
          <TextField label="Image" description="With its tag, such as nginx:1.27-alpine." placeholder="nginx:1.27-alpine" binding={form.text('image')} />
        </div>
      </FormSection>

      <FormSection title="Reading the logs" initiallyOpen>
        <div className="builder-grid">
          <TextField label="Last lines (--tail)" description="A number, or all. Empty: all." placeholder="100" inputMode="numeric" binding={form.text('tail')} />
          <TextField label="Since (--since)" description="How far back (10m, 2h) or a date (2025-01-31T10:00:00Z)." placeholder="10m" binding={form.text('since')} />
        </div>
        <CheckboxField label="Keep following new lines (--follow)" description="Until you press Ctrl+C." binding={form.flag('follow')} />
        <CheckboxField label="Show timestamps (--timestamps)" binding={form.flag('timestamps')} />
      </FormSection>
    </>
  )
}
