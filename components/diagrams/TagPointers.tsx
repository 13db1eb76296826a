import { arrange, Diagram, type Panel } from './Diagram'
import { Arrow, Box, Text } from './shapes'

interface Image {
  id: string
  build: string
}

const OLD: Image = { id: 'image 3f1c…', build: 'built from 1.4.2' }
const NEW: Image = { id: 'image 9a7e…', build: 'built from 1.4.3' }

const TAG_W = 124
const IMAGE_X = 176
const IMAGE_W = 124
const ROW = 40

function moment(heading: string, tags: { name: string; image: Image; moved?: boolean }[], images: Image[]): Panel {
  const tagTop = (i: number) => 30 + i * ROW
  const span = tags.length * ROW - 8
  const imageHeight = Math.min(64, (span - (images.length - 1) * 16) / images.length)
  const imageTop = (i: number) => 30 + (images.length === 1 ? (span - imageHeight) / 2 : i * (imageHeight + (span - images.length * imageHeight) / (images.length - 1)))
  return {
    width: IMAGE_X + IMAGE_W,
    height: 30 + span,
    content: (
      <>
        <Text x={(IMAGE_X + IMAGE_W) / 2} y={8} size="heading">
          {heading}
        </Text>
        {images.map((image, i) => (
          <Box key={image.id} x={IMAGE_X} y={imageTop(i)} w={IMAGE_W} h={imageHeight} tone={image === NEW ? 'green' : 'blue'}>
            <Text x={IMAGE_X + IMAGE_W / 2} y={imageTop(i) + imageHeight / 2 - 9} mono size="strong">
              {image.id}
            </Text>
            <Text x={IMAGE_X + IMAGE_W / 2} y={imageTop(i) + imageHeight / 2 + 10} size="small">
              {image.build}
            </Text>
          </Box>
        ))}
        {tags.map((tag, i) => {
          const target = images.indexOf(tag.image)
          return (
            <g key={tag.name}>
              <Box x={0} y={tagTop(i)} w={TAG_W} h={ROW - 8} tone="amber" emphasis={tag.moved ? 'accent' : undefined} label={tag.name} mono labelSize="small" />
              <Arrow points={[[TAG_W, tagTop(i) + (ROW - 8) / 2], [IMAGE_X, imageTop(target) + imageHeight / 2]]} emphasis={tag.moved ? 'accent' : undefined} />
            </g>
          )
        })}
      </>
    ),
  }
}

const before = moment(
  'After releasing 1.4.2',
  [
    { name: 'my-app:1.4.2', image: OLD },
    { name: 'my-app:1.4', image: OLD },
    { name: 'my-app:latest', image: OLD },
  ],
  [OLD],
)

const after = moment(
  'After releasing 1.4.3',
  [
    { name: 'my-app:1.4.2', image: OLD },
    { name: 'my-app:1.4.3', image: NEW },
    { name: 'my-app:1.4', image: NEW, moved: true },
    { name: 'my-app:latest', image: NEW, moved: true },
  ],
  [OLD, NEW],
)

/** Tags are movable names: the same tag can point to another image after a release. */
export function TagPointersDiagram() {
  return (
    <Diagram
      name="tag-pointers"
      title="Tags are pointers that can move"
      description="After releasing 1.4.2, the tags my-app:1.4.2, my-app:1.4 and my-app:latest all point to the same image, 3f1c. After releasing 1.4.3, my-app:1.4.2 still points to image 3f1c, while my-app:1.4.3 is new and my-app:1.4 and my-app:latest have been moved to the new image, 9a7e. The image IDs, like digests, never change; only the tags move."
      wide={arrange([before, after], 'row', 40)}
      narrow={arrange([before, after], 'column', 28)}
    />
  )
}
