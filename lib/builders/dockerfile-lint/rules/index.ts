// Every rule, in the order the catalogue lists them.
import { baseImageTag, deprecatedBase, fromAsCasing, stageNames } from './stages'
import { addLocalFiles, cdInRun, consecutiveRuns, copyBeforeInstall, sudoInRun, workdirRelative } from './layout'
import { apkCache, aptListsLeft, aptRecommends, aptUpdateAlone, aptWithoutYes } from './packages'
import type { Rule } from './rule'
import { maintainer, multipleInstructions, rootUser, shellFormCommand } from './runtime'
import { brokenExecForm, emptyOrForeign, instructionCasing, missingArguments, missingFrom, trailingComment, unknownInstruction } from './structure'
import { legacyKeyValue, secretInArgOrEnv, undefinedVar } from './variables'

export const ALL_RULES: Rule[] = [
  emptyOrForeign,
  unknownInstruction,
  missingArguments,
  missingFrom,
  trailingComment,
  brokenExecForm,
  shellFormCommand,
  multipleInstructions,
  baseImageTag,
  deprecatedBase,
  rootUser,
  sudoInRun,
  addLocalFiles,
  workdirRelative,
  cdInRun,
  aptUpdateAlone,
  aptListsLeft,
  aptWithoutYes,
  aptRecommends,
  apkCache,
  copyBeforeInstall,
  consecutiveRuns,
  maintainer,
  secretInArgOrEnv,
  legacyKeyValue,
  undefinedVar,
  stageNames,
  fromAsCasing,
  instructionCasing,
]
