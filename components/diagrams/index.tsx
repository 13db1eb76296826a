// Every diagram an MDX page may place, spread into the MDX component map, so the content build
// knows their names: <Figure caption="…"><ContainersVsVmsDiagram /></Figure>.
import { BuildContextDiagram } from './BuildContext'
import { ContainersVsVmsDiagram } from './ContainersVsVms'
import { ImageLayersDiagram } from './ImageLayers'
import { ImageSizesDiagram } from './ImageSizes'
import { MultiStageBuildDiagram } from './MultiStageBuild'

export const diagramComponents = {
  BuildContextDiagram,
  ContainersVsVmsDiagram,
  ImageLayersDiagram,
  ImageSizesDiagram,
  MultiStageBuildDiagram,
}
