'use client'
// Client component: the private registry builder's form.
import type { RegistrySpec } from '@/lib/builders/registry/state'
import { CheckboxField, FormSection, RadioField, SelectField, TextField } from './fields'
import type { FormApi } from './form'

export function RegistryForm({ form }: { form: FormApi<RegistrySpec> }) {
  const { auth, tls } = form.state
  return (
    <>
      <FormSection title="The registry" initiallyOpen>
        <div className="builder-grid">
          <TextField label="Container name" placeholder="registry" binding={form.text('name')} />
          <TextField label="Port on the host" placeholder="5000" inputMode="numeric" binding={form.text('port')} />
        </div>
        <TextField
          label="Host name clients use"
          description="The name (or IPv4 address) other Docker hosts type to reach the registry; localhost for this machine only."
          placeholder="registry.example.com"
          binding={form.text('host')}
        />
        <TextField label="Where the images are kept" description="A volume name, or a host path starting with / or ./ (a bind mount)." placeholder="registry-data" binding={form.text('data')} />
        <CheckboxField label="Only from this machine (publish on 127.0.0.1)" binding={form.flag('localOnly')} />
      </FormSection>

      <FormSection title="Password" initiallyOpen>
        <CheckboxField label="Require a password (htpasswd)" description="Creates the password file with the htpasswd tool from the httpd image." binding={form.flag('auth')} />
        {auth && (
          <div className="builder-grid">
            <TextField label="User name" placeholder="admin" binding={form.text('user')} />
            <TextField label="Realm" description="The name the login challenge shows." placeholder="Registry Realm" binding={form.text('realm')} />
          </div>
        )}
      </FormSection>

      <FormSection title="TLS and trust" initiallyOpen>
        <CheckboxField label="Serve HTTPS with a self-signed certificate" description="Made with openssl for the host name above." binding={form.flag('tls')} />
        {tls && <TextField label="Certificate valid for (days)" placeholder="365" inputMode="numeric" binding={form.text('days')} />}
        <RadioField
          label="How client hosts trust the registry"
          binding={form.choice('trust')}
          options={[
            { value: 'none', label: 'Nothing to set up', description: 'localhost, or a certificate from a CA the hosts already trust.' },
            { value: 'certs-d', label: 'Install the certificate in certs.d (recommended)', description: 'One file per Docker host; needs TLS.' },
            { value: 'insecure', label: 'insecure-registries in daemon.json', description: 'Turns certificate checks off: lab use only.' },
          ]}
        />
      </FormSection>

      <FormSection title="Push and pull" initiallyOpen>
        <div className="builder-grid">
          <TextField label="Local image" placeholder="alpine:3.20" binding={form.text('image')} />
          <TextField label="Repository in the registry" description="Its tag is the local image's." placeholder="tools/alpine" binding={form.text('repository')} />
        </div>
      </FormSection>

      <FormSection title="More settings" status={form.section(['restart', 'logLevel', 'containerPort'])}>
        <div className="builder-grid">
          <SelectField
            label="Restart policy"
            binding={form.choice('restart')}
            options={[
              { value: 'always', label: 'always' },
              { value: 'unless-stopped', label: 'unless-stopped' },
              { value: 'on-failure', label: 'on-failure' },
              { value: 'no', label: 'no' },
            ]}
          />
          <SelectField
            label="Log level (REGISTRY_LOG_LEVEL)"
            binding={form.choice('logLevel')}
            options={[
              { value: 'default', label: 'As configured (debug)' },
              { value: 'error', label: 'error' },
              { value: 'warn', label: 'warn' },
              { value: 'info', label: 'info' },
              { value: 'debug', label: 'debug' },
            ]}
          />
          <TextField label="Port inside the container" description="Not 5000: set with REGISTRY_HTTP_ADDR." placeholder="5000" inputMode="numeric" binding={form.text('containerPort')} />
        </div>
      </FormSection>
    </>
  )
}
