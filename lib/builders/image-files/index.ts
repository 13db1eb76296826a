// The images-as-files builder: docker save and load (optionally through gzip), and flattening
// with docker export | docker import, restoring the configuration an import loses.
import { stateWith, type BuilderModel } from '../model'
import { imageFilesWarnings, validateImageFiles } from './checks'
import { imageFilesOutputs } from './commands'
import { imageFilesSpec, type ImageFilesSpec, type ImageFilesState } from './state'

const state = (values: Partial<ImageFilesState>) => stateWith(imageFilesSpec, values)
const args = (...list: string[]) => list.map((arg) => ({ arg }))

export const imageFilesBuilder: BuilderModel<ImageFilesSpec> = {
  id: 'image-files',
  route: '/tools/image-files/',
  spec: imageFilesSpec,
  start: state({ images: [{ name: 'nginx:1.27-alpine' }], file: 'nginx-1.27-alpine.tar' }),
  presets: [
    { id: 'gzip', label: 'Save compressed with gzip', state: state({ images: [{ name: 'my-app:1.4.2' }], file: 'my-app-1.4.2.tar.gz', gzip: true }) },
    { id: 'release', label: 'Several images in one archive', state: state({ images: [{ name: 'my-app:1.4.2' }, { name: 'postgres:17' }, { name: 'nginx:1.27-alpine' }], file: 'release-1.4.2.tar' }) },
    {
      id: 'flatten-python',
      label: 'Flatten a Python app image',
      state: state({ mode: 'flatten', sourceImage: 'my-app:1.4.2', target: 'my-app:1.4.2-flat', workdir: '/app', user: 'app', env: [{ name: 'PYTHONUNBUFFERED', value: '1' }], expose: [{ port: '8000', protocol: 'tcp' }], cmd: args('python', 'app.py') }),
    },
    {
      id: 'flatten-nginx',
      label: 'Rebuild nginx from a container',
      state: state({ mode: 'flatten', source: 'container', container: 'web', target: 'my-web:imported', entrypoint: args('/docker-entrypoint.sh'), cmd: args('nginx', '-g', 'daemon off;'), expose: [{ port: '80', protocol: 'tcp' }], message: 'nginx filesystem exported from the web container' }),
    },
  ],
  validate: validateImageFiles,
  warnings: imageFilesWarnings,
  outputs: imageFilesOutputs,
}
