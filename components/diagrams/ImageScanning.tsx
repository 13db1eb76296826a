import { arrange, Diagram, type Panel } from './Diagram'
import { Arrow, Box, Cylinder, Lines, Text } from './shapes'

const LAYERS = ['your code', 'pip packages', 'Python runtime', 'Debian packages']
const PACKAGES = ['openssl 3.x', 'zlib 1.x', 'python 3.13', 'flask 3.x', '… and more']
const HEIGHT = 26 + 5 * 26

function image(w: number): Panel {
  return {
    width: w,
    height: HEIGHT,
    content: (
      <>
        <Text x={w / 2} y={8} size="strong" mono>
          my-app:1.0
        </Text>
        {LAYERS.map((layer, i) => (
          <Box key={layer} x={0} y={26 + i * 32} w={w} h={32} tone="blue" r={2} label={layer} />
        ))}
      </>
    ),
  }
}

function inventory(w: number): Panel {
  return {
    width: w,
    height: HEIGHT,
    content: (
      <>
        <Text x={w / 2} y={8} size="strong">
          Packages (SBOM)
        </Text>
        <Box x={0} y={26} w={w} h={HEIGHT - 26} tone="plain">
          {PACKAGES.map((name, i) => (
            <Text key={name} x={14} y={44 + i * 23} anchor="start" size="small" mono muted={i === PACKAGES.length - 1}>
              {name}
            </Text>
          ))}
        </Box>
      </>
    ),
  }
}

function database(w: number): Panel {
  return {
    width: w,
    height: HEIGHT,
    content: (
      <>
        <Text x={w / 2} y={8} size="strong">
          CVE database
        </Text>
        <Cylinder x={0} y={26} w={w} h={HEIGHT - 26} tone="purple" label={['known flaws:', 'package, versions,', 'severity, fix']} labelSize="small" />
      </>
    ),
  }
}

function report(w: number): Panel {
  return {
    width: w,
    height: HEIGHT,
    content: (
      <>
        <Text x={w / 2} y={8} size="strong">
          Report
        </Text>
        <Box x={0} y={26} w={w} h={60} tone="red" emphasis="danger">
          <Lines lines={['openssl: HIGH,', 'fixed upstream']} x={w / 2} y={56} size="small" />
        </Box>
        <Box x={0} y={96} w={w} h={HEIGHT - 96} tone="green" emphasis="ok">
          <Lines lines={['fix: update the', 'base image,', 'rebuild']} x={w / 2} y={(96 + HEIGHT) / 2} size="small" />
        </Box>
      </>
    ),
  }
}

function step(direction: 'row' | 'column', label: string, w: number): Panel {
  if (direction === 'row') {
    return {
      width: 26,
      height: 40,
      content: (
        <>
          <Arrow points={[[0, 28], [26, 28]]} />
          <Text x={13} y={10} size="small">
            {label}
          </Text>
        </>
      ),
    }
  }
  return {
    width: w,
    height: 40,
    content: (
      <>
        <Arrow points={[[w / 2, 0], [w / 2, 40]]} />
        <Text x={w / 2 + 10} y={20} anchor="start" size="small">
          {label}
        </Text>
      </>
    ),
  }
}

function drawing(direction: 'row' | 'column') {
  const w = direction === 'row' ? 140 : 300
  const [first, second, third] = direction === 'row' ? ['1', '2', '3'] : ['1: list packages', '2: match each one', '3: report']
  return arrange(
    [image(w), step(direction, first!, w), inventory(w), step(direction, second!, w), database(w), step(direction, third!, w), report(w)],
    direction,
    0,
  )
}

/** How an image scanner finds CVEs: list the packages, match them against known vulnerabilities. */
export function ImageScanningDiagram() {
  return (
    <Diagram
      name="image-scanning"
      title="How an image scanner finds CVEs"
      description="1: the scanner reads every layer of the image my-app:1.0 (Debian packages, the Python runtime, pip packages and your code) and lists every package it contains, a software bill of materials (SBOM), such as openssl, zlib, python and flask. 2: it matches each package and version against a database of CVEs, known flaws with their affected versions, severity and fix. 3: the report lists the findings, for example a HIGH finding in openssl that a newer release fixes; the fix is to update the base image and rebuild."
      wide={drawing('row')}
      narrow={drawing('column')}
    />
  )
}
