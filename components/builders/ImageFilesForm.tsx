'use client'
// Client component: the images-as-files builder's form.
import type { ImageFilesSpec } from '@/lib/builders/image-files/state'
import { CheckboxField, FormSection, RadioField, RowsField, SelectField, TextField } from './fields'
import type { FormApi } from './form'

export function ImageFilesForm({ form }: { form: FormApi<ImageFilesSpec> }) {
  const { mode, source } = form.state
  return (
    <>
      <FormSection title="What to do" initiallyOpen>
        <RadioField
          label="Goal"
          binding={form.choice('mode')}
          options={[
            { value: 'save', label: 'Move images as a file', description: 'docker save and docker load: layers, configuration, history and tags.' },
            { value: 'flatten', label: 'Flatten into one layer', description: 'docker export | docker import: the files only, configuration restored by hand.' },
          ]}
        />
      </FormSection>

      {mode === 'save' ? (
        <FormSection title="Images and archive" initiallyOpen>
          <RowsField label="Images to save" description="By name and tag, such as nginx:1.27-alpine." item="image" binding={form.rows('images')}>
            {(row) => <TextField label="Image" binding={row.text('name')} />}
          </RowsField>
          <TextField label="Archive file" description="Relative to the folder you run the command in." placeholder="web.tar" binding={form.text('file')} />
          <CheckboxField label="Compress with gzip" description="docker save | gzip > file; docker load reads it as it is." binding={form.flag('gzip')} />
        </FormSection>
      ) : (
        <>
          <FormSection title="Source and new image" initiallyOpen>
            <RadioField
              label="Flatten"
              binding={form.choice('source')}
              options={[
                { value: 'image', label: 'An image', description: 'Through a container created for it and removed after.' },
                { value: 'container', label: 'A container', description: 'Its files as they are now, changes included.' },
              ]}
            />
            {source === 'image' && <TextField label="Image to flatten" placeholder="my-app:1.4.2" binding={form.text('sourceImage')} />}
            <TextField label={source === 'image' ? 'Helper container name' : 'Container'} binding={form.text('container')} />
            <TextField label="New image name" placeholder="my-app:1.4.2-flat" binding={form.text('target')} />
          </FormSection>

          <FormSection title="Configuration to restore (--change)" initiallyOpen>
            <RowsField label="ENTRYPOINT" description="Each argument on its own row (exec form)." item="entrypoint argument" binding={form.rows('entrypoint')}>
              {(row) => <TextField label="Argument" binding={row.text('arg')} />}
            </RowsField>
            <RowsField label="CMD" description="Each argument on its own row (exec form)." item="command argument" binding={form.rows('cmd')}>
              {(row) => <TextField label="Argument" binding={row.text('arg')} />}
            </RowsField>
            <RowsField label="ENV" item="variable" binding={form.rows('env')}>
              {(row) => (
                <>
                  <TextField label="Name" binding={row.text('name')} />
                  <TextField label="Value" binding={row.text('value')} />
                </>
              )}
            </RowsField>
            <TextField label="WORKDIR" placeholder="/app" binding={form.text('workdir')} />
            <RowsField label="EXPOSE" item="port" binding={form.rows('expose')}>
              {(row) => (
                <>
                  <TextField label="Port" inputMode="numeric" binding={row.text('port')} />
                  <SelectField label="Protocol" binding={row.choice('protocol')} options={[{ value: 'tcp', label: 'TCP' }, { value: 'udp', label: 'UDP' }]} />
                </>
              )}
            </RowsField>
            <TextField label="USER" placeholder="app or 1000:1000" binding={form.text('user')} />
            <TextField label="Message (--message)" description="Shown by docker image history." binding={form.text('message')} />
          </FormSection>
        </>
      )}
    </>
  )
}
