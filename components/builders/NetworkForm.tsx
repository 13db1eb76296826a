'use client'
// Client component: the network builder's form.
import type { NetworkSpec } from '@/lib/builders/network/state'
import { CheckboxField, FormSection, RadioField, RowsField, TextField } from './fields'
import type { FormApi } from './form'

export function NetworkForm({ form }: { form: FormApi<NetworkSpec> }) {
  const { driver } = form.state
  const onLan = driver === 'macvlan' || driver === 'ipvlan'
  return (
    <>
      <FormSection title="The network" initiallyOpen>
        <TextField label="Network name" placeholder="app-net" binding={form.text('name')} />
        <RadioField
          label="Driver"
          binding={form.choice('driver')}
          options={[
            { value: 'bridge', label: 'bridge', description: 'Containers on this host; almost always the answer.' },
            { value: 'overlay', label: 'overlay', description: 'Containers on several hosts of a swarm.' },
            { value: 'macvlan', label: 'macvlan', description: 'Containers on the LAN, each with its own MAC address.' },
            { value: 'ipvlan', label: 'ipvlan', description: "Containers on the LAN, sharing the parent's MAC address." },
          ]}
        />
        {driver === 'overlay' && <CheckboxField label="Attachable (--attachable)" description="Lets docker run containers join, not only swarm services." binding={form.flag('attachable')} />}
        {onLan && <TextField label="Parent interface" description="The host interface the containers sit on: eth0, or eth0.50 for VLAN 50." placeholder="eth0" binding={form.text('parent')} />}
        {driver === 'ipvlan' && (
          <RadioField
            label="ipvlan mode"
            binding={form.choice('ipvlanMode')}
            options={[
              { value: 'l2', label: 'L2', description: "On the parent's own subnet, like macvlan." },
              { value: 'l3', label: 'L3', description: 'Its own subnet, routed by the host; no gateway.' },
            ]}
          />
        )}
      </FormSection>

      <FormSection title="Addresses" initiallyOpen={onLan} status={form.section(['subnet', 'gateway', 'ipRange'])}>
        <TextField label="Subnet" description={onLan ? "Your LAN's subnet, in CIDR notation." : 'Empty: Docker picks one from its address pools.'} placeholder="172.28.0.0/16" binding={form.text('subnet')} />
        <div className="builder-grid">
          <TextField label="Gateway" description="An address inside the subnet." placeholder="172.28.0.1" binding={form.text('gateway')} />
          <TextField label="IP range" description="The block containers get addresses from." placeholder="172.28.5.0/24" binding={form.text('ipRange')} />
        </div>
      </FormSection>

      <FormSection title="Containers on it" initiallyOpen>
        <RowsField label="Containers" description="Each starts detached on the network; the others reach it by this name." item="container" binding={form.rows('containers')}>
          {(row) => (
            <>
              <TextField label="Name" placeholder="web" binding={row.text('name')} />
              <TextField label="Image" placeholder="nginx:1.27-alpine" binding={row.text('image')} />
            </>
          )}
        </RowsField>
        <CheckboxField label="Also try the default bridge network" description="Shows the same lookup failing without --network." binding={form.flag('compareDefault')} />
      </FormSection>
    </>
  )
}
