// The images-as-files builder's state: save and load images, or flatten a container's (or an
// image's) filesystem into a new image with export and import.
import { choice, flag, rows, text, type StateOf } from '../fields'

export const imageFilesSpec = {
  /** save/load moves whole images; export/import makes a one-layer image from a filesystem. */
  mode: choice(['save', 'flatten'] as const, 'save'),

  /** The images to save, by reference. */
  images: rows({ name: text() }),
  /** The archive, relative to the folder the commands run in. */
  file: text(),
  /** Compress with gzip on the way (docker load reads gzip as it is). */
  gzip: flag(),

  /** Flatten a container as it is, or an image (through a container created for it). */
  source: choice(['image', 'container'] as const, 'image'),
  sourceImage: text(),
  container: text('flat-source'),
  /** The name:tag of the new image. */
  target: text(),
  /** Configuration to restore with --change, which import otherwise leaves empty. */
  entrypoint: rows({ arg: text() }),
  cmd: rows({ arg: text() }),
  env: rows({ name: text(), value: text() }),
  workdir: text(),
  expose: rows({ port: text(), protocol: choice(['tcp', 'udp'] as const, 'tcp') }),
  user: text(),
  /** A commit message, shown by docker image history. */
  message: text(),
}

export type ImageFilesSpec = typeof imageFilesSpec
export type ImageFilesState = StateOf<ImageFilesSpec>
