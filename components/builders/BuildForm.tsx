'use client'
// Client component: the docker build builder's form.
import type { BuildSpec } from '@/lib/builders/build/state'
import { CheckboxField, FormSection, RowsField, SelectField, TextField } from './fields'
import type { FormApi } from './form'

export function BuildForm({ form }: { form: FormApi<BuildSpec> }) {
  return (
    <>
      <FormSection title="What to build" initiallyOpen>
        <TextField label="Build context" description="The folder whose files COPY can use, usually . (this folder), or a Git URL." placeholder="." binding={form.text('context')} />
        <TextField label="Dockerfile" description="Empty: the file named Dockerfile at the top of the context." placeholder="docker/Dockerfile.prod" binding={form.text('file')} />
        <RowsField label="Tags" description="Names for the image, such as my-app:1.4.2; add one per name." item="tag" binding={form.rows('tags')}>
          {(row) => <TextField label="Image name and tag" placeholder="my-app:1.0" binding={row.text('name')} />}
        </RowsField>
      </FormSection>

      <FormSection title="Build arguments and stages" status={form.section(['buildArgs', 'target'])}>
        <RowsField label="Build arguments" description="Values for ARG instructions; never for secrets." item="build argument" binding={form.rows('buildArgs')}>
          {(row) => (
            <>
              <TextField label="Name" placeholder="NODE_VERSION" binding={row.text('name')} />
              {!row.value.fromHost && <TextField label="Value" placeholder="22" binding={row.text('value')} />}
              <CheckboxField label="Take the value from my shell" binding={row.flag('fromHost')} />
            </>
          )}
        </RowsField>
        <TextField label="Target stage" description="Build only up to this stage (FROM … AS name)." placeholder="build" binding={form.text('target')} />
      </FormSection>

      <FormSection title="Cache, platform and output" status={form.section(['noCache', 'pull', 'platform', 'progress'])}>
        <CheckboxField label="Ignore the build cache (--no-cache)" binding={form.flag('noCache')} />
        <CheckboxField label="Check for newer base images (--pull)" binding={form.flag('pull')} />
        <div className="builder-grid">
          <TextField label="Platform" placeholder="linux/arm64" binding={form.text('platform')} />
          <SelectField
            label="Progress output"
            binding={form.choice('progress')}
            options={[
              { value: 'auto', label: 'auto (default)' },
              { value: 'plain', label: 'plain: full output of every step' },
              { value: 'tty', label: 'tty: live progress' },
              { value: 'quiet', label: 'quiet: only the image ID' },
              { value: 'rawjson', label: 'rawjson: for tools' },
            ]}
          />
        </div>
      </FormSection>

      <FormSection title="Labels" status={form.section(['labels'])}>
        <RowsField label="Labels" description="Metadata stored in the image, such as org.opencontainers.image.version." item="label" binding={form.rows('labels')}>
          {(row) => (
            <>
              <TextField label="Key" placeholder="org.opencontainers.image.version" binding={row.text('key')} />
              <TextField label="Value" placeholder="1.4.2" binding={row.text('value')} />
            </>
          )}
        </RowsField>
      </FormSection>
    </>
  )
}
