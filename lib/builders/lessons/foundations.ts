// The Foundations lessons the builders link to. One module per learning-path module, so a builder's
// chunk carries only the lessons of the modules it links into.
import { lesson } from './lesson'

export const imageReferences = lesson({ id: 'imageReferences', route: '/foundations/images-and-containers/', anchor: 'reading-an-image-reference', topic: 'image references' })
export const latestTag = lesson({ id: 'latestTag', route: '/foundations/tags-and-digests/', anchor: 'what-latest-means', topic: 'what latest means' })
export const resourceLimits = lesson({ id: 'resourceLimits', route: '/foundations/linux-building-blocks/', anchor: 'control-groups-what-a-container-may-use', topic: 'memory, CPU and process limits' })
