import { arrange, Diagram, type Panel } from './Diagram'
import { LayerStack, Lines, Text, type Layer } from './shapes'

// The two Dockerfiles of "Downloading files efficiently" on the Layer caching page.

const W = 300
const LAYER_H = 30

const BASE: Layer = { label: 'alpine:3.20', tone: 'green', mono: true, note: 'base' }

const VARIANTS: { heading: string; layers: Layer[]; result: string[] }[] = [
  {
    heading: 'Three RUN steps',
    layers: [
      { label: 'RUN rm …tar.gz', tone: 'blue', mono: true, note: 'only hides it' },
      { label: 'RUN tar -xzf', tone: 'blue', mono: true, note: 'unpacked files' },
      { label: 'RUN wget', tone: 'red', mono: true, note: 'the archive, kept' },
      BASE,
    ],
    result: ['Every layer ships: the image still', 'carries the deleted archive.'],
  },
  {
    heading: 'One RUN step',
    layers: [{ label: 'RUN wget && tar && rm', tone: 'blue', mono: true, note: 'files only' }, BASE],
    result: ['The archive is deleted before the', 'layer is saved: it never ships.'],
  },
]

const STACK_TOP = 26

/** One variant; side by side the stacks stand on one baseline (`tallest`), stacked each is its own height. */
function panel(variant: (typeof VARIANTS)[number], tallest: number): Panel {
  const top = STACK_TOP + tallest - variant.layers.length * LAYER_H
  return {
    width: W,
    height: STACK_TOP + tallest + 50,
    content: (
      <>
        <Text x={W / 2} y={top - 14} size="strong">
          {variant.heading}
        </Text>
        <LayerStack x={0} y={top} w={W} layers={variant.layers} layerHeight={LAYER_H} />
        <Lines lines={variant.result} x={W / 2} y={STACK_TOP + tallest + 28} size="small" muted />
      </>
    ),
  }
}

const TALLEST = Math.max(...VARIANTS.map((variant) => variant.layers.length)) * LAYER_H

/** Why a file deleted in a later RUN still takes space, and how one RUN avoids it. */
export function DownloadLayersDiagram() {
  return (
    <Diagram
      name="download-layers"
      title="A downloaded archive in three RUN steps and in one"
      description="With three RUN steps on alpine:3.20, the first layer holds the archive downloaded by wget, the second the files tar unpacked, and the third only records that rm deleted the archive: the archive is hidden but still stored and shipped in the image. With one RUN step that downloads, unpacks and deletes, the single layer holds only the unpacked files, because the archive is gone before the layer is saved."
      wide={arrange(VARIANTS.map((variant) => panel(variant, TALLEST)), 'row', 40)}
      narrow={arrange(VARIANTS.map((variant) => panel(variant, variant.layers.length * LAYER_H)), 'column', 28)}
    />
  )
}
