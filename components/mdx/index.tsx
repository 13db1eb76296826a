// Everything MDX pages may use without importing it. The content build reads the names of this
// map, so using anything else fails the build with the file and line.
import { diagramComponents } from '@/components/diagrams'
import { BuildBuilder, CleanupBuilder, DockerfileBuilder, DockerfileLinter, ExplainCommand, LoggingBuilder, NetworkBuilder, RegistryBuilder, RunBuilder, StorageBuilder } from '@/components/builders/lazy'
import { DockerfileLintRules } from '@/components/builders/DockerfileLintRules'
import { ImageFilesBuilder, InspectBuilder } from '@/components/builders/lazy'
import { Question, Quiz } from '@/components/learning/Quiz'
import { CheatSheet } from '@/components/reference/CheatSheet'
import { Glossary, Term } from '@/components/reference/Glossary'
import { Callout } from './Callout'
import { CodeBlock } from './CodeBlock'
import { ContentLink } from './ContentLink'
import { ContentTable } from './ContentTable'
import { Figure } from './Figure'
import { Kbd } from './Kbd'
import { Steps } from './Steps'
import { Tab, Tabs } from './Tabs'

export const mdxComponents = {
  a: ContentLink,
  table: ContentTable,
  Callout,
  CheatSheet,
  CodeBlock,
  Figure,
  Glossary,
  Kbd,
  Question,
  Quiz,
  Steps,
  Tab,
  Tabs,
  Term,
  // The command builders, as lazy client wrappers so a lesson without one loads none of their code.
  BuildBuilder,
  CleanupBuilder,
  DockerfileBuilder,
  DockerfileLinter,
  DockerfileLintRules,
  ExplainCommand,
  LoggingBuilder,
  NetworkBuilder,
  RegistryBuilder,
  RunBuilder,
  InspectBuilder,
  ImageFilesBuilder,
  StorageBuilder,
  ...diagramComponents,
}

/** Components an author may write as <Name>; lowercase keys replace HTML elements. */
export const mdxComponentNames = Object.keys(mdxComponents).filter((name) => /^[A-Z]/.test(name))
