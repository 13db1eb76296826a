// Every diagram an MDX page may place, spread into the MDX component map, so the content build
// knows their names: <Figure caption="…"><ContainersVsVmsDiagram /></Figure>. The static ones
// render on the server with no JavaScript; BuildCache and EntrypointCmd are lazy client wrappers.
import { BindMountDiagram } from './BindMount'
import { BridgeNetworkDiagram } from './BridgeNetwork'
import { BuildCacheDiagram } from './BuildCache'
import { BuildContextDiagram } from './BuildContext'
import { BuildFlowDiagram } from './BuildFlow'
import { ContainerLifecycleDiagram } from './ContainerLifecycle'
import { ContainersVsVmsDiagram } from './ContainersVsVms'
import { ContentTrustDiagram } from './ContentTrust'
import { DownloadLayersDiagram } from './DownloadLayers'
import { EntrypointCmdDiagram } from './EntrypointCmd'
import { ImageFilesDiagram } from './ImageFiles'
import { ImageLayersDiagram } from './ImageLayers'
import { ImageReferenceDiagram } from './ImageReference'
import { ImageScanningDiagram } from './ImageScanning'
import { ImageSizesDiagram } from './ImageSizes'
import { IsolationLayersDiagram } from './IsolationLayers'
import { MultiStageBuildDiagram } from './MultiStageBuild'
import { NetworkDriversDiagram } from './NetworkDrivers'
import { OrchestrationDiagram } from './Orchestration'
import { RegistryWorkflowDiagram } from './RegistryWorkflow'
import { RestartPoliciesDiagram } from './RestartPolicies'
import { RuntimeChainDiagram } from './RuntimeChain'
import { SecuredRegistryDiagram } from './SecuredRegistry'
import { SharedVolumeDiagram } from './SharedVolume'
import { StorageMountsDiagram } from './StorageMounts'
import { TagPointersDiagram } from './TagPointers'
import { VolumeLifetimeDiagram } from './VolumeLifetime'

export const diagramComponents = {
  BindMountDiagram,
  BridgeNetworkDiagram,
  BuildCacheDiagram,
  BuildContextDiagram,
  BuildFlowDiagram,
  ContainerLifecycleDiagram,
  ContainersVsVmsDiagram,
  ContentTrustDiagram,
  DownloadLayersDiagram,
  EntrypointCmdDiagram,
  ImageFilesDiagram,
  ImageLayersDiagram,
  ImageReferenceDiagram,
  ImageScanningDiagram,
  ImageSizesDiagram,
  IsolationLayersDiagram,
  MultiStageBuildDiagram,
  NetworkDriversDiagram,
  OrchestrationDiagram,
  RegistryWorkflowDiagram,
  RestartPoliciesDiagram,
  RuntimeChainDiagram,
  SecuredRegistryDiagram,
  SharedVolumeDiagram,
  StorageMountsDiagram,
  TagPointersDiagram,
  VolumeLifetimeDiagram,
}
