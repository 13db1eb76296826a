// The storage builder: a volume, bind mount or tmpfs in both mount syntaxes, shared by several
// containers, and a volume's backup and restore.
import { stateWith, type BuilderModel } from '../model'
import { storageWarnings, validateStorage } from './checks'
import { storageOutputs } from './commands'
import { storageSpec, type StorageSpec, type StorageState } from './state'

const state = (values: Partial<StorageState>) => stateWith(storageSpec, values)

const site = state({ source: 'site', target: '/usr/share/nginx/html', image: 'nginx:1.27-alpine', name: 'web' })

export const storageBuilder: BuilderModel<StorageSpec> = {
  id: 'storage',
  route: '/tools/storage/',
  spec: storageSpec,
  start: site,
  presets: [
    { id: 'volume', label: 'A named volume for a web root', state: site },
    { id: 'bind', label: 'A host folder, read-only', state: state({ type: 'bind', source: './site', target: '/usr/share/nginx/html', readOnly: true, image: 'nginx:1.27-alpine', name: 'web' }) },
    { id: 'tmpfs', label: 'A tmpfs mount with a size limit', state: state({ type: 'tmpfs', target: '/tmp', size: '64m', image: 'nginx:1.27-alpine', name: 'app' }) },
    {
      id: 'shared',
      label: 'One volume, a writer and a reader',
      state: state({
        source: 'site',
        target: '/output',
        image: 'alpine:3.20',
        name: 'builder',
        command: ['sh', '-c', 'while true; do date > /output/index.html; sleep 5; done'].map((arg) => ({ arg })),
        sharing: [{ name: 'web', image: 'nginx:1.27-alpine', target: '/usr/share/nginx/html', readOnly: true }],
      }),
    },
    {
      id: 'backup',
      label: 'Back up a database volume',
      state: state({ source: 'db-data', target: '/var/lib/postgresql/data', image: 'postgres:17', name: 'db', backup: true, backupDir: './backups', archive: 'db-data.tar.gz' }),
    },
  ],
  validate: validateStorage,
  warnings: storageWarnings,
  outputs: storageOutputs,
}
