// The text of an output exactly as the reader copies it.
import { renderCommand, renderPipeline, type Layout } from '../shell/quote'
import type { Output } from './model'

export function outputText(output: Output, layout: Layout): string {
  if (output.kind === 'file') return output.text
  return output.commands.length === 1 ? renderCommand(output.commands[0]!, layout) : renderPipeline(output.commands, layout)
}
