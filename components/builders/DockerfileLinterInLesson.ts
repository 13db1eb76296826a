// The linter as a lesson loads it: its code and the rules it checks the lesson's example with,
// together, so it shows findings as soon as it shows. (Its tools page starts empty, so there the
// rules load only once there is text.) A module of its own keeps the rules' loader out of lazy.tsx,
// which every content page loads.
import { loadLint } from './lint-module'

export { default } from './DockerfileLinter'
export const rulesLoaded = loadLint()
