// Generates the lockout-tagout scenario's glTF models (binary .glb), made by the project from
// boxes and cylinders: one mesh, one primitive and one material per model (one draw call), flat
// normals and per-part vertex colours. Deterministic: the same bytes on every run.
//
//   node scenarios/lockout-tagout/assets/generate.mjs          # writes the .glb files next to this script
//   node scenarios/lockout-tagout/assets/generate.mjs --check  # exits 1 if a committed file differs
//
// Each model's bounds are the size of the box the scenario gives its collider (`collider: box`),
// centred on the object's origin, so physics is the same as with the primitive box.
import { generateModels, runGenerator } from '../../../assets/lib/glb-models.mjs'

const grey = [0.55, 0.58, 0.6]
const dark = [0.2, 0.22, 0.24]
const blue = [0.16, 0.33, 0.6]
const yellow = [0.95, 0.75, 0.1]
const red = [0.75, 0.1, 0.08]
const green = [0.15, 0.55, 0.2]
const wood = [0.6, 0.45, 0.28]
const skin = [0.85, 0.65, 0.5]
const hiVis = [0.95, 0.55, 0.1]

export const models = {
  // 1.2 × 2.2 × 1 m: base, C-frame, crown, bolster and die, ram, cylinder rod, guard posts.
  'press.glb'(m) {
    m.box([-0.6, -1.1, -0.5], [0.6, -0.7, 0.5], blue)
    m.box([-0.6, -0.7, -0.5], [0.6, 0.7, -0.25], blue)
    m.box([-0.6, 0.7, -0.5], [0.6, 1.1, 0.5], blue)
    m.box([-0.45, -0.7, -0.25], [0.45, -0.55, 0.45], dark)
    m.box([-0.3, -0.55, -0.15], [0.3, -0.45, 0.35], grey)
    m.box([-0.35, 0.3, -0.2], [0.35, 0.7, 0.4], yellow)
    m.cylinder([0, 0.45, 0.1], 0.06, 0.5, 16, grey)
    m.box([-0.6, -0.7, 0.42], [-0.55, 0.7, 0.5], yellow)
    m.box([0.55, -0.7, 0.42], [0.6, 0.7, 0.5], yellow)
  },
  // 0.3 × 0.3 × 0.5 m console on its pedestal.
  'control-station.glb'(m) {
    m.box([-0.15, -0.15, -0.25], [0.15, 0.15, 0.25], dark)
    m.box([0.13, -0.1, -0.2], [0.15, 0.12, 0.2], grey)
  },
  // 0.1 × 1.2 × 2.6 m wall board with a cable tray.
  'wall-panel.glb'(m) {
    m.box([-0.05, -0.6, -1.3], [0.05, 0.6, 1.3], grey)
    m.box([-0.05, 0.45, -1.3], [0.0, 0.55, 1.3], dark)
  },
  // 0.1 × 0.3 × 0.15 m disconnect enclosure with its red handle.
  'disconnect.glb'(m) {
    m.box([-0.03, -0.15, -0.075], [0.05, 0.15, 0.075], grey)
    m.box([-0.05, -0.02, -0.02], [-0.03, 0.1, 0.02], red)
  },
  // 1 × 0.05 × 0.3 m lockout station shelf with a lip.
  'lockout-station.glb'(m) {
    m.box([-0.5, -0.025, -0.15], [0.5, 0.0, 0.15], wood)
    m.box([-0.5, 0.0, 0.13], [0.5, 0.025, 0.15], green)
  },
  // A co-worker figure, 1.75 m, feet at the origin (for the people; the runtime places it).
  'worker.glb'(m) {
    m.box([-0.15, 0.0, -0.1], [-0.03, 0.85, 0.1], dark)
    m.box([0.03, 0.0, -0.1], [0.15, 0.85, 0.1], dark)
    m.box([-0.2, 0.85, -0.12], [0.2, 1.45, 0.12], hiVis)
    m.box([-0.28, 0.9, -0.06], [-0.2, 1.42, 0.06], hiVis)
    m.box([0.2, 0.9, -0.06], [0.28, 1.42, 0.06], hiVis)
    m.cylinder([0, 1.6, 0], 0.1, 0.24, 12, skin)
    m.cylinder([0, 1.74, 0], 0.13, 0.04, 12, yellow)
  },
}

/** Every model's bytes. */
export function generateAll() {
  return generateModels(models, 'Practicum scenarios/lockout-tagout/assets/generate.mjs')
}

if (import.meta.url === `file://${process.argv[1]}`) runGenerator(import.meta.dirname, generateAll())
