// The cleanup builder: prune commands for what the reader picks, each said in plain words.
import { stateWith, type BuilderModel } from '../model'
import { cleanupOutputs } from './commands'
import { cleanupWarnings, validateCleanup } from './checks'
import { cleanupSpec, type CleanupSpec, type CleanupState } from './state'

const state = (values: Partial<CleanupState>) => stateWith(cleanupSpec, values)

export const cleanupBuilder: BuilderModel<CleanupSpec> = {
  id: 'cleanup',
  route: '/tools/cleanup/',
  spec: cleanupSpec,
  start: state({ containers: true, images: 'dangling' }),
  presets: [
    { id: 'safe', label: 'Stopped containers and dangling images', state: state({ containers: true, images: 'dangling' }) },
    { id: 'old', label: 'Everything unused for a week, volumes kept', state: state({ containers: true, images: 'unused', networks: true, buildCache: 'unused', until: '168h' }) },
    { id: 'cache', label: 'Build cache only', state: state({ buildCache: 'unused' }) },
    { id: 'system', label: 'docker system prune', state: state({ mode: 'system' }) },
    { id: 'all', label: 'Reclaim everything, volumes too', state: state({ mode: 'system', systemAllImages: true, systemVolumes: true }) },
    { id: 'labelled', label: 'Only what a project labelled', state: state({ containers: true, images: 'unused', networks: true, volumes: 'unused', labels: [{ key: 'com.example.project', value: 'demo', exclude: false }] }) },
  ],
  validate: validateCleanup,
  warnings: cleanupWarnings,
  outputs: cleanupOutputs,
}
