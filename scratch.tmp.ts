import { runBuilder } from './lib/builders/run'
import { evaluate } from './lib/builders/model'
import { outputText } from './lib/builders/output'
for (const p of [{ label: 'start', state: runBuilder.start }, ...runBuilder.presets]) {
  const e = evaluate(runBuilder, p.state)
  console.log('==', p.label, e.errors)
  for (const o of e.outputs) console.log(outputText(o, 'multi'))
  console.log(e.warnings.map((w) => w.id))
}
