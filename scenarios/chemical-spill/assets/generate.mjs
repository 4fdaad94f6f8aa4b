// Generates the chemical-spill scenario's glTF models (binary .glb), made by the project from
// boxes and cylinders: one mesh, one primitive and one material per model (one draw call), flat
// normals and per-part vertex colours. Deterministic: the same bytes on every run.
//
//   node scenarios/chemical-spill/assets/generate.mjs          # writes the .glb files next to this script
//   node scenarios/chemical-spill/assets/generate.mjs --check  # exits 1 if a committed file differs
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
const white = [0.92, 0.92, 0.9]
const orange = [0.93, 0.45, 0.08]

export const models = {
  // 2.4 × 2 × 0.5 m steel rack: four uprights, three shelves, a few containers.
  'storage-rack.glb'(m) {
    for (const x of [-1.2, 1.16])
      for (const z of [-0.25, 0.21]) m.box([x, -1, z], [x + 0.04, 1, z + 0.04], blue)
    for (const y of [-0.7, -0.05, 0.6]) m.box([-1.2, y, -0.25], [1.2, y + 0.04, 0.25], orange)
    m.box([-1.0, -0.66, -0.15], [-0.7, -0.36, 0.15], white)
    m.box([-0.5, -0.66, -0.15], [-0.25, -0.4, 0.1], blue)
    m.box([0.4, -0.01, -0.15], [0.7, 0.29, 0.15], white)
    m.cylinder([-0.6, 0.79, 0], 0.12, 0.35, 12, dark)
    m.box([0.6, 0.64, -0.15], [0.9, 0.94, 0.1], red)
  },
  // 0.4 × 0.24 × 0.3 m jerrican of 5 L lying on its side, with its cap and a white label.
  'jerrican.glb'(m) {
    m.box([-0.16, -0.12, -0.15], [0.16, 0.12, 0.15], blue)
    m.box([0.16, -0.03, -0.03], [0.2, 0.03, 0.03], dark)
    m.box([-0.1, -0.08, 0.15], [0.1, 0.08, 0.152], white)
  },
  // 1.2 × 0.9 × 0.6 m spill kit cart: frame, top tray, lower shelf, yellow bin, wheels.
  'spill-kit-cart.glb'(m) {
    m.box([-0.6, 0.4, -0.3], [0.6, 0.45, 0.3], yellow)
    m.box([-0.6, -0.3, -0.3], [0.6, -0.25, 0.3], yellow)
    for (const x of [-0.6, 0.56])
      for (const z of [-0.3, 0.26]) m.box([x, -0.4, z], [x + 0.04, 0.4, z + 0.04], grey)
    m.box([-0.5, -0.25, -0.25], [0.2, 0.15, 0.25], yellow)
    m.box([-0.5, 0.05, 0.25], [0.2, 0.12, 0.252], dark)
    for (const x of [-0.52, 0.52])
      for (const z of [-0.22, 0.22]) m.cylinder([x, -0.425, z], 0.05, 0.05, 8, dark)
  },
  // A 0.4 × 0.4 × 0.4 m waste pail with its lid.
  'waste-pail.glb'(m) {
    m.cylinder([0, -0.02, 0], 0.19, 0.36, 16, green)
    m.cylinder([0, 0.18, 0], 0.2, 0.04, 16, dark)
  },
}

/** Every model's bytes. */
export function generateAll() {
  return generateModels(models, 'Practicum scenarios/chemical-spill/assets/generate.mjs')
}

if (import.meta.url === `file://${process.argv[1]}`) runGenerator(import.meta.dirname, generateAll())
