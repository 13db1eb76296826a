// The Managing images lessons the builders link to. One module per learning-path module, so a builder's
// chunk carries only the lessons of the modules it links into.
import { lesson } from './lesson'

export const pruningImages = lesson({ id: 'pruningImages', route: '/managing-images/removing-images/', anchor: 'pruning-images', topic: 'pruning images' })
export const saveAndLoad = lesson({ id: 'saveAndLoad', route: '/managing-images/images-as-files/', anchor: 'saving-and-loading-images', topic: 'docker save and docker load' })
export const importing = lesson({ id: 'importing', route: '/managing-images/images-as-files/', anchor: 'importing-a-filesystem-as-an-image', topic: 'importing a filesystem' })
export const flatteningCosts = lesson({ id: 'flatteningCosts', route: '/managing-images/images-as-files/', anchor: 'what-flattening-costs', topic: 'what flattening costs' })
