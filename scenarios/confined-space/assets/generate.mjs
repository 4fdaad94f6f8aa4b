// Generates the confined-space scenario's glTF models (binary .glb), made by the project from
// boxes and cylinders: one mesh, one primitive and one material per model (one draw call), flat
// normals and per-part vertex colours. Deterministic: the same bytes on every run. The mesh
// builder and writer are the lockout-tagout generator's, so each scenario folder stands alone.
//
//   node scenarios/confined-space/assets/generate.mjs          # writes the .glb files next to this script
//   node scenarios/confined-space/assets/generate.mjs --check  # exits 1 if a committed file differs
//
// Each model with a collider is centred on its object's origin; its bounds are the box physics uses.
import { generateModels, runGenerator } from '../../../assets/lib/glb-models.mjs'

const grey = [0.55, 0.58, 0.6]
const dark = [0.2, 0.22, 0.24]
const blue = [0.16, 0.33, 0.6]
const yellow = [0.95, 0.75, 0.1]
const red = [0.75, 0.1, 0.08]
const white = [0.92, 0.92, 0.9]
const steel = [0.4, 0.42, 0.45]

export const models = {
  'tripod.glb'(m) {
    // Three legs from the head (1.1 m above the rim) to the ground, a head plate and the winch line.
    m.box([-0.12, 0.95, -0.12], [0.12, 1.05, 0.12], yellow)
    m.box([0.75, -1.1, -0.05], [0.85, 0.95, 0.05], yellow)
    m.box([-0.5, -1.1, 0.6], [-0.4, 0.95, 0.7], yellow)
    m.box([-0.5, -1.1, -0.7], [-0.4, 0.95, -0.6], yellow)
    m.cylinder([0, 0.45, 0], 0.008, 1.0, 6, dark)
  },
  'valve.glb'(m) {
    m.cylinder([0, 0, 0], 0.12, 0.3, 16, blue)
    m.box([-0.3, -0.06, -0.06], [0.3, 0.06, 0.06], blue)
    m.cylinder([0, 0.22, 0], 0.02, 0.14, 8, steel)
    m.cylinder([0, 0.3, 0], 0.1, 0.02, 16, red)
  },
  'blower.glb'(m) {
    m.box([-0.3, -0.3, -0.3], [0.3, -0.25, 0.3], dark)
    m.cylinder([0, 0.02, 0], 0.25, 0.5, 16, yellow)
    m.box([-0.06, 0.2, 0.25], [0.06, 0.3, 0.3], dark)
  },
  'table.glb'(m) {
    m.box([-0.8, 0.4, -0.35], [0.8, 0.45, 0.35], grey)
    for (const x of [-0.75, 0.7])
      for (const z of [-0.3, 0.25]) m.box([x, -0.45, z], [x + 0.05, 0.4, z + 0.05], steel)
  },
  'permit-board.glb'(m) {
    m.box([-0.4, -0.5, -0.025], [0.4, 0.5, 0.025], dark)
    m.box([-0.35, -0.4, 0.025], [0.35, 0.45, 0.03], white)
    m.box([-0.3, 0.3, 0.03], [0.3, 0.38, 0.035], red)
  },
}

/** Every model's bytes. */
export function generateAll() {
  return generateModels(models, 'Practicum scenarios/confined-space/assets/generate.mjs')
}

if (import.meta.url === `file://${process.argv[1]}`) runGenerator(import.meta.dirname, generateAll())
