// Generates the work-at-height scenario's glTF models (binary .glb), made by the project from
// boxes and cylinders: one mesh, one primitive and one material per model (one draw call), flat
// normals and per-part vertex colours. Deterministic: the same bytes on every run. The mesh
// builder and writer are the lockout-tagout generator's, so each scenario folder stands alone.
//
//   node scenarios/work-at-height/assets/generate.mjs          # writes the .glb files next to this script
//   node scenarios/work-at-height/assets/generate.mjs --check  # exits 1 if a committed file differs
//
// Each model with a collider is centred on its object's origin; its bounds are the box physics uses.
import { generateModels, runGenerator } from '../../../assets/lib/glb-models.mjs'

const grey = [0.55, 0.58, 0.6]
const dark = [0.2, 0.22, 0.24]
const blue = [0.16, 0.33, 0.6]
const yellow = [0.95, 0.75, 0.1]
const steel = [0.4, 0.42, 0.45]
const wood = [0.6, 0.45, 0.25]
const alu = [0.75, 0.77, 0.8]
const orange = [0.95, 0.45, 0.05]

export const models = {
  'scaffold.glb'(m) {
    // Frame scaffold 2.4 × 1.6 m, deck at 3 m: four posts to 4.1 m, ledgers, cross braces, a deck
    // of planks; centred on the deck (object origin at [0, 3 m, -1 m]).
    for (const x of [-1.2, 1.15])
      for (const z of [-0.8, 0.75]) m.box([x, -3, z], [x + 0.05, 1.1, z + 0.05], steel)
    for (const y of [-2.95, -1.5]) {
      m.box([-1.2, y, -0.8], [1.2, y + 0.05, -0.75], steel)
      m.box([-1.2, y, 0.75], [1.2, y + 0.05, 0.8], steel)
    }
    for (const x of [-1.2, 1.15]) m.box([x, -2.2, -0.8], [x + 0.04, -2.16, 0.8], steel)
    for (let i = 0; i < 8; i++) m.box([-1.2, -0.05, -0.8 + i * 0.2], [1.2, 0, -0.62 + i * 0.2], wood)
    // Toe boards on the guarded sides.
    m.box([-1.2, 0, -0.8], [1.2, 0.1, -0.78], yellow)
    m.box([-1.2, 0, -0.8], [-1.18, 0.1, 0.8], yellow)
    m.box([1.18, 0, -0.8], [1.2, 0.1, 0.8], yellow)
    // Overhead beam with the anchor strap and the lifeline housing.
    m.box([-1.2, 1.85, -0.25], [1.2, 2.0, -0.15], blue)
    m.box([-1.2, 1.1, -0.25], [-1.15, 1.85, -0.15], blue)
    m.box([1.15, 1.1, -0.25], [1.2, 1.85, -0.15], blue)
  },
  'guardrail.glb'(m) {
    // Top rail (42 in) and mid rail of one side, 2.4 m long; centred on the top rail.
    m.box([-1.2, -0.025, -0.025], [1.2, 0.025, 0.025], yellow)
    m.box([-1.2, -0.565, -0.02], [1.2, -0.525, 0.02], yellow)
  },
  'ladder.glb'(m) {
    // Access ladder 3.9 m long (3 ft above the 3 m landing), rungs every 30 cm; centred.
    m.box([-0.22, -1.95, -0.03], [-0.18, 1.95, 0.03], alu)
    m.box([0.18, -1.95, -0.03], [0.22, 1.95, 0.03], alu)
    for (let i = 0; i < 13; i++) m.cylinder([0, -1.8 + i * 0.3, 0], 0.015, 0.36, 6, alu)
  },
  'rack.glb'(m) {
    // Equipment table 1.2 × 0.5 m, top at 0.9 m; centred (origin at [.., 0.45 m, ..]).
    m.box([-0.6, 0.4, -0.25], [0.6, 0.45, 0.25], grey)
    for (const x of [-0.57, 0.52])
      for (const z of [-0.22, 0.17]) m.box([x, -0.45, z], [x + 0.05, 0.4, z + 0.05], steel)
  },
  'harness.glb'(m) {
    // A full-body harness folded on the table: webbing, dorsal D-ring, leg loops (20 × 16 cm, so a
    // hand at rest beside the body holds it clear of the body).
    m.box([-0.08, -0.04, -0.1], [0.08, 0.04, 0.1], orange)
    m.box([-0.03, 0.04, -0.09], [0.03, 0.05, -0.05], steel)
    m.box([-0.08, 0.04, 0.03], [-0.01, 0.05, 0.1], dark)
    m.box([0.01, 0.04, 0.03], [0.08, 0.05, 0.1], dark)
  },
}

/** Every model's bytes. */
export function generateAll() {
  return generateModels(models, 'Practicum scenarios/work-at-height/assets/generate.mjs')
}

if (import.meta.url === `file://${process.argv[1]}`) runGenerator(import.meta.dirname, generateAll())
