'use client'
// Client component: the docker run builder's form.
import { CheckboxField, FormSection, RadioField, RowsField, SelectField, TextField } from './fields'
import type { FormApi } from './form'
import type { RunSpec } from '@/lib/builders/run/state'
import { CAPABILITIES } from '@/lib/builders/validate/capabilities'

export function RunForm({ form }: { form: FormApi<RunSpec> }) {
  const { state } = form
  const restart = form.choice('restart')
  return (
    <>
      <FormSection title="Image and how it runs" initiallyOpen>
        <div className="builder-grid">
          <TextField label="Image" description="Repository, with a registry host first if it is not Docker Hub." placeholder="nginx" binding={form.text('image')} />
          <TextField label="Tag or digest" description="Empty means latest." placeholder="1.27-alpine" binding={form.text('tag')} />
        </div>
        <TextField label="Container name" description="Lets you use docker stop web instead of an ID." placeholder="web" binding={form.text('name')} />
        <CheckboxField label="Run in the background (-d)" description="Prints the container ID and gives your prompt back." binding={form.flag('detach')} />
        <CheckboxField label="Keep input open (-i)" description="With -t, for an interactive shell (-it)." binding={form.flag('interactive')} />
        <CheckboxField label="Allocate a terminal (-t)" binding={form.flag('tty')} />
        <CheckboxField label="Remove the container when it exits (--rm)" binding={form.flag('rm')} />
      </FormSection>

      <FormSection title="Published ports" status={form.section(['ports', 'publishAll'])}>
        <RowsField label="Ports" description="Leave the host IP empty to listen on every interface, and the host port empty for a random one." item="port" binding={form.rows('ports')}>
          {(row) => (
            <>
              <TextField label="Host IP" placeholder="127.0.0.1" binding={row.text('hostIp')} />
              <TextField label="Host port" placeholder="8080" inputMode="numeric" binding={row.text('hostPort')} />
              <TextField label="Container port" placeholder="80" inputMode="numeric" binding={row.text('containerPort')} />
              <SelectField label="Protocol" binding={row.choice('protocol')} options={[{ value: 'tcp', label: 'TCP' }, { value: 'udp', label: 'UDP' }, { value: 'sctp', label: 'SCTP' }]} />
            </>
          )}
        </RowsField>
        <CheckboxField label="Publish every exposed port on a random port (-P)" binding={form.flag('publishAll')} />
      </FormSection>

      <FormSection title="Environment" status={form.section(['env', 'envFiles'])}>
        <RowsField label="Environment variables" item="variable" binding={form.rows('env')}>
          {(row) => (
            <>
              <TextField label="Name" placeholder="APP_ENV" binding={row.text('name')} />
              {!row.value.fromHost && <TextField label="Value" placeholder="production" binding={row.text('value')} />}
              <CheckboxField label="Take the value from my shell" binding={row.flag('fromHost')} />
            </>
          )}
        </RowsField>
        <RowsField label="Environment files" description="Files of NAME=value lines, read by the docker command." item="file" binding={form.rows('envFiles')}>
          {(row) => <TextField label="Path" placeholder="app.env" binding={row.text('path')} />}
        </RowsField>
      </FormSection>

      <FormSection title="Volumes and mounts" status={form.section(['mounts'])}>
        <RowsField label="Mounts" description="A volume keeps data Docker manages; a bind mount shows a host folder; tmpfs lives in memory." item="mount" binding={form.rows('mounts')}>
          {(row) => (
            <>
              <SelectField
                label="Type"
                binding={row.choice('type')}
                options={[
                  { value: 'volume', label: 'Volume' },
                  { value: 'bind', label: 'Bind mount' },
                  { value: 'tmpfs', label: 'tmpfs' },
                ]}
              />
              {row.value.type === 'volume' && <TextField label="Volume name" description="Empty: a new anonymous volume." placeholder="app-data" binding={row.text('source')} />}
              {row.value.type === 'bind' && <TextField label="Host path" placeholder="./site" binding={row.text('source')} />}
              <TextField label="Path in the container" placeholder="/data" binding={row.text('target')} />
              {row.value.type === 'tmpfs' && <TextField label="Size limit" placeholder="64m" binding={row.text('size')} />}
              <CheckboxField label="Read-only" binding={row.flag('readOnly')} />
            </>
          )}
        </RowsField>
        <RadioField
          label="Write mounts as"
          binding={form.choice('mountSyntax')}
          options={[
            { value: 'short', label: '-v and --tmpfs', description: 'Short; -v creates a missing host folder.' },
            { value: 'mount', label: '--mount', description: 'Explicit key=value fields; refuses a missing host folder.' },
          ]}
        />
      </FormSection>

      <FormSection title="Network and restart" status={form.section(['network', 'hostname', 'restart', 'restartRetries'])}>
        <div className="builder-grid">
          <TextField label="Network" description="bridge (default), host, none, or your own network." placeholder="app-net" binding={form.text('network')} />
          <TextField label="Host name" placeholder="web" binding={form.text('hostname')} />
        </div>
        <div className="builder-grid">
          <SelectField
            label="Restart policy"
            binding={{ ...restart, onChange: (value) => form.update({ restart: value, restartRetries: value === 'on-failure' ? state.restartRetries : '' }) }}
            options={[
              { value: 'no', label: 'no: never restart (default)' },
              { value: 'on-failure', label: 'on-failure: after a crash' },
              { value: 'always', label: 'always' },
              { value: 'unless-stopped', label: 'unless-stopped' },
            ]}
          />
          {state.restart === 'on-failure' && <TextField label="Maximum retries" description="Empty: no limit." inputMode="numeric" binding={form.text('restartRetries')} />}
        </div>
      </FormSection>

      <FormSection title="Command, user and working directory" status={form.section(['command', 'entrypoint', 'user', 'workdir', 'init'])}>
        <RowsField label="Command and arguments" description="Replaces the image's CMD: one argument per row, exactly as the program gets it." item="argument" binding={form.rows('command')}>
          {(row) => <TextField label={`Argument ${row.index + 1}`} binding={row.text('arg')} />}
        </RowsField>
        <TextField label="Entrypoint" description="Replaces the image's ENTRYPOINT: one program, its arguments go in the command." placeholder="/bin/sh" binding={form.text('entrypoint')} />
        <div className="builder-grid">
          <TextField label="User" description="Name or UID, with :group or :GID." placeholder="1000:1000" binding={form.text('user')} />
          <TextField label="Working directory" placeholder="/app" binding={form.text('workdir')} />
        </div>
        <CheckboxField label="Run an init process (--init)" description="Forwards signals and reaps zombie processes for programs that do not." binding={form.flag('init')} />
      </FormSection>

      <FormSection title="Logs" status={form.section(['logMaxSize', 'logMaxFile'])}>
        <div className="builder-grid">
          <TextField label="Maximum log file size" placeholder="10m" binding={form.text('logMaxSize')} />
          <TextField label="Log files to keep" placeholder="3" inputMode="numeric" binding={form.text('logMaxFile')} />
        </div>
      </FormSection>

      <FormSection title="Security" status={form.section(['privileged', 'capDropAll', 'capAdd', 'readOnly', 'noNewPrivileges', 'seccomp'])}>
        <CheckboxField label="Drop all capabilities (--cap-drop ALL)" description="Then add back only what the program needs." binding={form.flag('capDropAll')} />
        <RowsField label="Capabilities to add" item="capability" binding={form.rows('capAdd')}>
          {(row) => <TextField label="Capability" placeholder="NET_BIND_SERVICE" list={form.idOf('capability-names')} binding={row.text('name')} />}
        </RowsField>
        <datalist id={form.idOf('capability-names')}>
          {CAPABILITIES.map((cap) => (
            <option key={cap} value={cap} />
          ))}
        </datalist>
        <CheckboxField label="Read-only root file system (--read-only)" binding={form.flag('readOnly')} />
        <CheckboxField label="No new privileges (--security-opt no-new-privileges)" binding={form.flag('noNewPrivileges')} />
        <TextField label="Seccomp profile" description="A JSON profile file, or unconfined (not recommended)." placeholder="seccomp.json" binding={form.text('seccomp')} />
        <CheckboxField label="Privileged (--privileged)" description="Every capability and device of the host: avoid." binding={form.flag('privileged')} />
      </FormSection>

      <FormSection title="Memory and CPU limits" status={form.section(['memory', 'cpus', 'pidsLimit'])}>
        <div className="builder-grid">
          <TextField label="Memory" placeholder="512m" binding={form.text('memory')} />
          <TextField label="CPUs" placeholder="1.5" inputMode="decimal" binding={form.text('cpus')} />
          <TextField label="Process limit" placeholder="100" inputMode="numeric" binding={form.text('pidsLimit')} />
        </div>
      </FormSection>

      <FormSection title="Health check" status={form.section(['healthCmd', 'healthInterval', 'healthTimeout', 'healthRetries', 'healthStartPeriod', 'noHealthcheck'])}>
        <TextField label="Check command" description="Run by a shell in the container; exit code 0 means healthy." placeholder="curl -f http://localhost/ || exit 1" binding={form.text('healthCmd')} />
        <div className="builder-grid">
          <TextField label="Interval" placeholder="30s" binding={form.text('healthInterval')} />
          <TextField label="Timeout" placeholder="5s" binding={form.text('healthTimeout')} />
          <TextField label="Retries" placeholder="3" inputMode="numeric" binding={form.text('healthRetries')} />
          <TextField label="Start period" placeholder="10s" binding={form.text('healthStartPeriod')} />
        </div>
        <CheckboxField label="Turn off the image's health check (--no-healthcheck)" binding={form.flag('noHealthcheck')} />
      </FormSection>

      <FormSection title="Labels and platform" status={form.section(['labels', 'platform'])}>
        <RowsField label="Labels" item="label" binding={form.rows('labels')}>
          {(row) => (
            <>
              <TextField label="Key" placeholder="com.example.team" binding={row.text('key')} />
              <TextField label="Value" binding={row.text('value')} />
            </>
          )}
        </RowsField>
        <TextField label="Platform" description="Run the image made for another architecture." placeholder="linux/arm64" binding={form.text('platform')} />
      </FormSection>
    </>
  )
}
