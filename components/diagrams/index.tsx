// Every diagram an MDX page may place, spread into the MDX component map, so the content build
// knows their names: <Figure caption="…"><ContainersVsVmsDiagram /></Figure>.
import { BridgeNetworkDiagram } from './BridgeNetwork'
import { BuildContextDiagram } from './BuildContext'
import { ContainersVsVmsDiagram } from './ContainersVsVms'
import { ImageLayersDiagram } from './ImageLayers'
import { ImageSizesDiagram } from './ImageSizes'
import { MultiStageBuildDiagram } from './MultiStageBuild'
import { NetworkDriversDiagram } from './NetworkDrivers'
import { SharedVolumeDiagram } from './SharedVolume'
import { StorageMountsDiagram } from './StorageMounts'

export const diagramComponents = {
  BridgeNetworkDiagram,
  BuildContextDiagram,
  ContainersVsVmsDiagram,
  ImageLayersDiagram,
  ImageSizesDiagram,
  MultiStageBuildDiagram,
  NetworkDriversDiagram,
  SharedVolumeDiagram,
  StorageMountsDiagram,
}
