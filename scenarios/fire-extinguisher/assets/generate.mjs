// Generates the fire-extinguisher scenario's glTF models (binary .glb), made by the project from
// boxes and cylinders: one mesh, one primitive and one material per model (one draw call), flat
// normals and per-part vertex colours. Deterministic: the same bytes on every run.
//
//   node scenarios/fire-extinguisher/assets/generate.mjs          # writes the .glb files next to this script
//   node scenarios/fire-extinguisher/assets/generate.mjs --check  # exits 1 if a committed file differs
//
// Each model's bounds are the size of the box the scenario gives its collider (`collider: box`),
// centred on the object's origin, so physics is the same as with the primitive box.
import { generateModels, runGenerator } from '../../../assets/lib/glb-models.mjs'

const grey = [0.55, 0.58, 0.6]
const dark = [0.2, 0.22, 0.24]
const blue = [0.16, 0.33, 0.6]
const yellow = [0.95, 0.75, 0.1]
const red = [0.75, 0.1, 0.08]
const white = [0.92, 0.92, 0.9]
const brown = [0.55, 0.38, 0.2]
const amber = [0.85, 0.6, 0.15]
const steel = [0.72, 0.74, 0.76]

export const models = {
  // Class A: a 0.5 × 0.6 × 0.5 m waste bin of paper and cardboard.
  'waste-bin.glb'(m) {
    m.cylinder([0, -0.02, 0], 0.24, 0.56, 16, dark)
    m.cylinder([0, 0.27, 0], 0.25, 0.06, 16, grey)
    m.box([-0.15, 0.2, -0.1], [0.1, 0.3, 0.12], white)
    m.box([0.02, 0.22, -0.18], [0.2, 0.3, 0.05], brown)
  },
  // Class B: a 0.8 × 0.1 × 0.5 m drip tray of solvent under a leaking 20 L can.
  'solvent-tray.glb'(m) {
    m.box([-0.4, -0.05, -0.25], [0.4, -0.03, 0.25], grey)
    for (const x of [-0.4, 0.38]) m.box([x, -0.03, -0.25], [x + 0.02, 0.05, 0.25], grey)
    for (const z of [-0.25, 0.23]) m.box([-0.4, -0.03, z], [0.4, 0.05, z + 0.02], grey)
    m.box([-0.38, -0.03, -0.23], [0.38, 0.0, 0.23], amber)
  },
  // Class C: a 0.8 × 1.2 × 0.4 m energised electrical cabinet, door, breakers and a warning label.
  'electrical-cabinet.glb'(m) {
    m.box([-0.4, -0.6, -0.2], [0.4, 0.6, 0.18], grey)
    m.box([-0.36, -0.5, 0.18], [0.36, 0.5, 0.2], dark)
    for (const y of [0.3, 0.1, -0.1]) m.box([-0.25, y, 0.18], [0.25, y + 0.1, 0.2], white)
    m.box([-0.08, 0.42, 0.18], [0.08, 0.5, 0.2], yellow)
  },
  // Class K (F in Europe): a 0.6 × 0.9 × 0.6 m deep-fat fryer with its oil well and basket handle.
  'deep-fryer.glb'(m) {
    m.box([-0.3, -0.45, -0.3], [0.3, 0.4, 0.3], steel)
    m.box([-0.26, 0.4, -0.26], [0.26, 0.42, 0.26], amber)
    m.box([-0.3, 0.4, -0.3], [0.3, 0.45, -0.26], steel)
    m.box([-0.05, 0.4, 0.26], [0.05, 0.45, 0.3], dark)
  },
  // Portable extinguishers, 0.2 × 0.6 × 0.2 m: red cylinder, head, handle, hose and a band in the
  // colour of the agent. EN 3-7 asks for a red body and lets a zone of at most 5 % of its surface
  // name the agent without fixing its colours; these are the UK's (BS 7863): water red (no other
  // colour), dry powder blue, carbon dioxide black, wet chemical yellow (cream is foam's).
  'extinguisher-water.glb'(m) {
    extinguisher(m, red)
  },
  'extinguisher-co2.glb'(m) {
    extinguisher(m, dark)
  },
  'extinguisher-abc.glb'(m) {
    extinguisher(m, blue)
  },
  'extinguisher-wet-chemical.glb'(m) {
    extinguisher(m, yellow)
  },
  // A 0.12 × 0.16 × 0.06 m manual fire alarm call point.
  'alarm-call-point.glb'(m) {
    m.box([-0.06, -0.08, -0.03], [0.06, 0.08, 0.02], red)
    m.box([-0.04, -0.05, 0.02], [0.04, 0.03, 0.03], white)
  },
}

/** One extinguisher body with the agent's colour band. */
function extinguisher(m, band) {
  m.cylinder([0, -0.06, 0], 0.08, 0.46, 12, red)
  m.cylinder([0, 0.07, 0], 0.081, 0.08, 12, band)
  m.box([-0.03, 0.17, -0.03], [0.03, 0.25, 0.03], dark)
  m.box([-0.1, 0.28, -0.02], [0.06, 0.3, 0.02], dark)
  m.box([0.03, -0.2, -0.1], [0.06, 0.2, -0.07], dark)
  m.box([-0.1, -0.3, -0.1], [0.1, -0.29, 0.1], dark)
}

/** Every model's bytes. */
export function generateAll() {
  return generateModels(models, 'Practicum scenarios/fire-extinguisher/assets/generate.mjs')
}

if (import.meta.url === `file://${process.argv[1]}`) runGenerator(import.meta.dirname, generateAll())
