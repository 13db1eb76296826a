'use client'
// Client component: the storage builder's form.
import type { StorageSpec } from '@/lib/builders/storage/state'
import { CheckboxField, FormSection, RadioField, RowsField, TextField } from './fields'
import type { FormApi } from './form'

export function StorageForm({ form }: { form: FormApi<StorageSpec> }) {
  const type = form.state.type
  return (
    <>
      <FormSection title="The mount" initiallyOpen>
        <RadioField
          label="Kind of mount"
          binding={form.choice('type')}
          options={[
            { value: 'volume', label: 'Volume', description: 'Data Docker manages; outlives the container.' },
            { value: 'bind', label: 'Bind mount', description: 'A folder of the host, as it is.' },
            { value: 'tmpfs', label: 'tmpfs', description: 'In memory; gone when the container stops.' },
          ]}
        />
        <div className="builder-grid">
          {type === 'volume' && <TextField label="Volume name" description="Empty: a new anonymous volume." placeholder="app-data" binding={form.text('source')} />}
          {type === 'bind' && <TextField label="Host path" description="Absolute (/srv/site) or relative to the current folder (./site)." placeholder="./site" binding={form.text('source')} />}
          <TextField label="Path in the container" placeholder="/data" binding={form.text('target')} />
          {type === 'tmpfs' && <TextField label="Size limit" description="Such as 64m. Empty: up to half the host's memory." placeholder="64m" binding={form.text('size')} />}
        </div>
        <CheckboxField label="Read-only" description="The container can read the files but not change them." binding={form.flag('readOnly')} />
      </FormSection>

      <FormSection title="The container" initiallyOpen>
        <div className="builder-grid">
          <TextField label="Image" description="With its tag, such as nginx:1.27-alpine." placeholder="nginx:1.27-alpine" binding={form.text('image')} />
          <TextField label="Container name" placeholder="web" binding={form.text('name')} />
        </div>
        <CheckboxField label="Run in the background (-d)" binding={form.flag('detach')} />
        <RowsField label="Command" description="Replaces the image's command, one argument per row." item="argument" binding={form.rows('command')}>
          {(row) => <TextField label="Argument" binding={row.text('arg')} />}
        </RowsField>
      </FormSection>

      <FormSection title="Share it with more containers" status={form.section(['sharing'])}>
        <RowsField
          label="Other containers"
          description="Each mounts the same volume or host folder, at its own path. Read-only for those that only read."
          item="container"
          binding={form.rows('sharing')}
        >
          {(row) => (
            <>
              <TextField label="Container name" placeholder="reader" binding={row.text('name')} />
              <TextField label="Image" placeholder="nginx:1.27-alpine" binding={row.text('image')} />
              <TextField label="Path in the container" placeholder="/data" binding={row.text('target')} />
              <CheckboxField label="Read-only" binding={row.flag('readOnly')} />
            </>
          )}
        </RowsField>
      </FormSection>

      <FormSection title="Back up the volume" status={form.section(['backup'])}>
        <CheckboxField label="Back up to a tar file, and restore" description="For a named volume." binding={form.flag('backup')} />
        {form.state.backup && (
          <div className="builder-grid">
            <TextField
              label="Host folder for the archive"
              description="Absolute, or relative to the folder you run the command in (./backups). Not $PWD: every value is quoted, so no shell expands it."
              placeholder="./backups"
              binding={form.text('backupDir')}
            />
            <TextField label="Archive file name" placeholder="data.tar.gz" binding={form.text('archive')} />
          </div>
        )}
      </FormSection>
    </>
  )
}
