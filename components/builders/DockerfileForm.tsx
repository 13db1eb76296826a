'use client'
// Client component: the Dockerfile composer's form.
import { describeBase } from '@/lib/builders/dockerfile/base'
import type { DockerfileSpec } from '@/lib/builders/dockerfile/state'
import { CheckboxField, FormSection, RadioField, RowsField, SelectField, TextField } from './fields'
import type { FormApi } from './form'

/** Common bases, slim and Alpine variants side by side, for the image fields' suggestions. */
const BASE_IMAGES = [
  'node:24-trixie', 'node:24-trixie-slim', 'node:24-alpine', 'python:3.13', 'python:3.13-slim', 'python:3.13-alpine', 'golang:1.25', 'golang:1.25-alpine',
  'debian:trixie-slim', 'alpine:3.22', 'gcr.io/distroless/static-debian12:nonroot', 'scratch', 'nginxinc/nginx-unprivileged:1.28-alpine',
]

export function DockerfileForm({ form }: { form: FormApi<DockerfileSpec> }) {
  const { state } = form
  const images = form.idOf('base-images')
  return (
    <>
      <datalist id={images}>
        {BASE_IMAGES.map((image) => (
          <option key={image} value={image} />
        ))}
      </datalist>
      <FormSection title="Base image and stages" initiallyOpen>
        <TextField label="Base image" description={state.image ? describeBase(state.image) : 'The image the application runs on: full, -slim or -alpine.'} placeholder="node:24-trixie-slim" list={images} binding={form.text('image')} />
        <TextField label="Working directory (WORKDIR)" description="An absolute path; COPY and RUN work relative to it." placeholder="/app" binding={form.text('workdir')} />
        <CheckboxField
          label="Build in a separate stage (multi-stage)"
          description="Compile with the full toolchain, then copy only the result into the base image above."
          binding={{ ...form.flag('multiStage'), onChange: (on) => form.update(on ? { multiStage: true, buildWorkdir: state.buildWorkdir || '/src' } : { multiStage: false, buildImage: '', buildWorkdir: '', artifacts: [] }) }}
        />
        {state.multiStage && (
          <>
            <div className="builder-grid">
              <TextField label="Build stage image" description={state.buildImage ? describeBase(state.buildImage) : undefined} placeholder="golang:1.25" list={images} binding={form.text('buildImage')} />
              <TextField label="Build stage working directory" placeholder="/src" binding={form.text('buildWorkdir')} />
            </div>
            <RowsField label="Copy from the build stage (COPY --from=build)" description="What the build produced: an absolute path in the build stage, and where it goes in the image." item="result" binding={form.rows('artifacts')}>
              {(row) => (
                <>
                  <TextField label="From (in the build stage)" placeholder="/src/dist" binding={row.text('source')} />
                  <TextField label="To (in the image)" placeholder="./dist" binding={row.text('target')} />
                </>
              )}
            </RowsField>
          </>
        )}
      </FormSection>

      <FormSection title="Dependencies and source" status={form.section(['manifests', 'install', 'copySource', 'steps', 'packages'])}>
        <RowsField label="Dependency manifests" description="Copied on their own first, so the install step is cached until they change." item="manifest" binding={form.rows('manifests')}>
          {(row) => <TextField label="File in the project" placeholder="package.json" binding={row.text('path')} />}
        </RowsField>
        <TextField label="Install command" description="Runs after the manifests are copied, before the source." placeholder="npm ci --omit=dev" binding={form.text('install')} />
        <CheckboxField label="Copy the project's source (COPY . .)" description="Everything in the build context except what .dockerignore leaves out." binding={form.flag('copySource')} />
        <RowsField label="Build steps (RUN)" description="Run after the source is copied, chained in one RUN with &&." item="step" binding={form.rows('steps')}>
          {(row) => <TextField label={`Command ${row.index + 1}`} placeholder="npm run build" binding={row.text('command')} />}
        </RowsField>
        <RowsField label="System packages" description="Installed with apt-get or apk, whichever the base uses, and the package lists removed in the same layer." item="package" binding={form.rows('packages')}>
          {(row) => <TextField label="Package" placeholder="curl" binding={row.text('name')} />}
        </RowsField>
      </FormSection>

      <FormSection title="Variables" status={form.section(['args', 'env'])}>
        <RowsField label="Build arguments (ARG)" description="Set with --build-arg while building; gone at run time. Never for secrets." item="build argument" binding={form.rows('args')}>
          {(row) => (
            <>
              <TextField label="Name" placeholder="APP_VERSION" binding={row.text('name')} />
              <TextField label="Default value" placeholder="1.0.0" binding={row.text('value')} />
            </>
          )}
        </RowsField>
        <RowsField label="Environment variables (ENV)" description="Kept in the image and seen by the application. Values are kept exactly as typed, $ included." item="variable" binding={form.rows('env')}>
          {(row) => (
            <>
              <TextField label="Name" placeholder="NODE_ENV" binding={row.text('name')} />
              <TextField label="Value" placeholder="production" binding={row.text('value')} />
            </>
          )}
        </RowsField>
      </FormSection>

      <FormSection title="User" status={form.section(['userMode', 'userName', 'uid'])}>
        <RadioField
          label="Who the container runs as"
          binding={form.choice('userMode')}
          options={[
            { value: 'create', label: 'Create a user', description: 'groupadd/useradd on Debian, addgroup/adduser on Alpine; USER with numeric IDs.' },
            { value: 'existing', label: 'A user the image already has', description: 'node in Node images, nonroot (65532) in distroless, or a numeric UID.' },
            { value: 'root', label: 'Stay root', description: 'Not recommended.' },
          ]}
        />
        {state.userMode !== 'root' && (
          <div className="builder-grid">
            <TextField label={state.userMode === 'create' ? 'User name' : 'User'} placeholder={state.userMode === 'create' ? 'app' : 'node'} binding={form.text('userName')} />
            {state.userMode === 'create' && <TextField label="UID and GID" description="Above 10000 avoids clashing with users on the host." placeholder="10001" inputMode="numeric" binding={form.text('uid')} />}
          </div>
        )}
      </FormSection>

      <FormSection title="Ports, health check and stopping" status={form.section(['expose', 'healthKind', 'stopSignal'])}>
        <RowsField label="Ports (EXPOSE)" description="Documents the ports the application listens on; docker run -p still publishes them." item="port" binding={form.rows('expose')}>
          {(row) => (
            <>
              <TextField label="Port" placeholder="3000" inputMode="numeric" binding={row.text('port')} />
              <SelectField label="Protocol" binding={row.choice('protocol')} options={[{ value: 'tcp', label: 'TCP' }, { value: 'udp', label: 'UDP' }]} />
            </>
          )}
        </RowsField>
        <RadioField
          label="Health check (HEALTHCHECK)"
          binding={form.choice('healthKind')}
          options={[
            { value: 'none', label: 'None' },
            { value: 'http', label: 'Request a URL', description: 'With a program the image has.' },
            { value: 'exec', label: 'Run a command', description: 'Exit code 0 means healthy.' },
          ]}
        />
        {state.healthKind === 'http' && (
          <div className="builder-grid">
            <TextField label="URL inside the container" placeholder="http://localhost:3000/health" binding={form.text('healthUrl')} />
            <SelectField
              label="Check with"
              description="Slim images have no curl or wget; the runtime itself can make the request."
              binding={form.choice('healthTool')}
              options={[
                { value: 'node', label: 'node (fetch)' },
                { value: 'python', label: 'python (urllib)' },
                { value: 'wget', label: 'wget (in Alpine)' },
                { value: 'curl', label: 'curl' },
              ]}
            />
          </div>
        )}
        {state.healthKind === 'exec' && (
          <RowsField label="Check command" description="The program, then its arguments, one per row (exec form, no shell)." item="argument" binding={form.rows('healthCommand')}>
            {(row) => <TextField label={row.index === 0 ? 'Program' : `Argument ${row.index}`} binding={row.text('arg')} />}
          </RowsField>
        )}
        {state.healthKind !== 'none' && (
          <div className="builder-grid">
            <TextField label="Interval" placeholder="30s" binding={form.text('healthInterval')} />
            <TextField label="Timeout" placeholder="30s" binding={form.text('healthTimeout')} />
            <TextField label="Start period" placeholder="0s" binding={form.text('healthStartPeriod')} />
            <TextField label="Retries" placeholder="3" inputMode="numeric" binding={form.text('healthRetries')} />
          </div>
        )}
        <TextField label="Stop signal (STOPSIGNAL)" description="Empty: the base image's signal, SIGTERM unless it sets one (the nginx images already use SIGQUIT)." placeholder="SIGTERM" binding={form.text('stopSignal')} />
      </FormSection>

      <FormSection title="What the container runs" initiallyOpen>
        <RowsField label="ENTRYPOINT" description="The program the container always runs, one argument per row; written as a JSON array (exec form)." item="entrypoint argument" binding={form.rows('entrypoint')}>
          {(row) => <TextField label={row.index === 0 ? 'Program' : `Argument ${row.index}`} binding={row.text('arg')} />}
        </RowsField>
        <RowsField label="CMD" description="The default command, or the default arguments to the ENTRYPOINT; docker run can replace it." item="command argument" binding={form.rows('cmd')}>
          {(row) => <TextField label={row.index === 0 && state.entrypoint.length === 0 ? 'Program' : `Argument ${row.index + 1}`} binding={row.text('arg')} />}
        </RowsField>
      </FormSection>

      <FormSection title=".dockerignore and image name" status={form.section(['ignore', 'tag'])}>
        <RowsField label="Also leave out of the build context" description=".git, Dockerfile, .dockerignore and .env files are always left out." item="pattern" binding={form.rows('ignore')}>
          {(row) => <TextField label="Pattern" placeholder="node_modules" binding={row.text('pattern')} />}
        </RowsField>
        <TextField label="Image name and tag (docker build -t)" placeholder="my-app:1.0" binding={form.text('tag')} />
      </FormSection>
    </>
  )
}
