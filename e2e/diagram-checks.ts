// What looks wrong in a drawing, measured in the browser: text clipped by the SVG's edge, text
// boxes that overlap, text too small to read, text that crosses the edge of the shape it sits
// on, and text without enough contrast against what is painted behind it.
// diagramProblems runs inside the page (locator.evaluate), so it must not use anything from
// outside its own body.

/** Smallest rendered font size, in CSS pixels, that a diagram may shrink its text to. */
export const MIN_FONT_PX = 11
export const MIN_CONTRAST = 4.5

export function diagramProblems(root: Element, limits: { minFontPx: number; minContrast: number }): string[] {
  const problems: string[] = []

  function rgb(colour: string): [number, number, number, number] | undefined {
    const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(colour)
    if (!match) return undefined
    return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])]
  }
  function luminance([r, g, b]: [number, number, number, number]): number {
    const channel = (value: number) => {
      const c = value / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    }
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
  }
  function contrast(a: [number, number, number, number], b: [number, number, number, number]): number {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
    return (light + 0.05) / (dark + 0.05)
  }
  /** The colour painted under a point: the topmost shape of the drawing there, else the page. */
  function paintedAt(svg: SVGSVGElement, x: number, y: number): { element: Element | undefined; colour: string } {
    for (const element of document.elementsFromPoint(x, y)) {
      if (element instanceof SVGTextElement || element.closest('text')) continue
      if (svg.contains(element) && element !== svg) {
        const style = getComputedStyle(element)
        // A shape without fill is only hit on its outline, so the text sits on a line.
        return { element, colour: style.fill === 'none' ? style.stroke : style.fill }
      }
      if (!svg.contains(element)) {
        let node: Element | null = element
        while (node) {
          const background = getComputedStyle(node).backgroundColor
          const parsed = rgb(background)
          if (parsed && parsed[3] > 0) return { element: undefined, colour: background }
          node = node.parentElement
        }
      }
    }
    return { element: undefined, colour: getComputedStyle(document.body).backgroundColor }
  }
  const describe = (text: Element) => JSON.stringify(text.textContent)

  const svgs = [...root.querySelectorAll('svg')].filter((svg) => getComputedStyle(svg).display !== 'none' && svg.getBoundingClientRect().width > 0)
  if (svgs.length === 0) problems.push('no visible drawing')
  for (const svg of svgs) {
    const texts = [...svg.querySelectorAll('text')].filter((text) => (text.textContent ?? '').trim() !== '')
    const boxes: { text: Element; left: number; top: number; right: number; bottom: number }[] = []
    for (const text of texts) {
      text.scrollIntoView({ block: 'center', inline: 'center' })
      const frame = svg.getBoundingClientRect()
      const box = text.getBoundingClientRect()
      const scale = svg.getScreenCTM()?.a ?? 1
      const fontPx = parseFloat(getComputedStyle(text).fontSize) * scale
      if (fontPx < limits.minFontPx - 0.01) problems.push(`${describe(text)} is ${fontPx.toFixed(1)} px, below ${limits.minFontPx} px`)
      if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5) {
        problems.push(`${describe(text)} is clipped by the edge of the drawing`)
      }
      boxes.push({ text, left: box.left - frame.left, top: box.top - frame.top, right: box.right - frame.left, bottom: box.bottom - frame.top })

      const middle = box.top + box.height / 2
      const centre = paintedAt(svg, box.left + box.width / 2, middle)
      const fill = rgb(getComputedStyle(text).fill)
      const behind = rgb(centre.colour)
      if (!fill || !behind) {
        problems.push(`${describe(text)}: cannot read its colours (${getComputedStyle(text).fill} on ${centre.colour})`)
      } else {
        if (behind[3] < 1) problems.push(`${describe(text)} sits on a translucent fill`)
        const ratio = contrast(fill, behind)
        if (ratio < limits.minContrast) problems.push(`${describe(text)} has contrast ${ratio.toFixed(2)}:1 on ${centre.colour}`)
      }
      // Along the text's middle, everything painted under it must be the shape under its centre:
      // anything else is an edge or a line running through the text.
      for (let x = box.left + 1.5; x <= box.right - 1.5; x += 3) {
        if (paintedAt(svg, x, middle).element !== centre.element) {
          problems.push(`${describe(text)} crosses the edge of the shape it sits on, or a line crosses it`)
          break
        }
      }
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!]
        const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left)
        const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
        if (overlapX > 1 && overlapY > 1) problems.push(`${describe(a.text)} overlaps ${describe(b.text)}`)
      }
    }
  }
  return [...new Set(problems)]
}
