// Every diagram an MDX page may place, spread into the MDX component map, so the content build
// knows their names: <Figure caption="…"><ContainersVsVmsDiagram /></Figure>.
import { ContainersVsVmsDiagram } from './ContainersVsVms'
import { ImageLayersDiagram } from './ImageLayers'

export const diagramComponents = {
  ContainersVsVmsDiagram,
  ImageLayersDiagram,
}
