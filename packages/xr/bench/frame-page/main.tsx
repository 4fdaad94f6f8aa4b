// The lockout/tagout scene as the desktop loop draws it (scene, in-world panel, desktop controls,
// hand marker), with
// frames driven by the bench instead of requestAnimationFrame: `window.frameBench.frames(n)` runs n
// frames of 1/72 s and reports their JS time and the renderer's counters.
import RAPIER from '@dimforge/rapier3d-compat'
import { advance, Canvas, useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { createRoot } from 'react-dom/client'
import { formatProblem, loadScenario } from '@practicum/scenario'
import { createSim, loadMeshes, type Sim } from '@practicum/sim'
import {
  DesktopControls,
  DesktopHand,
  InWorldPanel,
  panelPose,
  ScenarioScene,
  useDesktopRig,
  useRuntimeStore,
  type DesktopRig,
} from '@practicum/xr'
import scenarioText from '../../../../scenarios/lockout-tagout/scenario.yaml?raw'

const folder = '../../../../scenarios/lockout-tagout/'
const modelUrls = import.meta.glob('../../../../scenarios/lockout-tagout/assets/*.glb', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>

async function readFile(file: string): Promise<Uint8Array | undefined> {
  if (file === 'scenario.yaml') return new TextEncoder().encode(scenarioText)
  const url = modelUrls[folder + file]
  return url ? new Uint8Array(await (await fetch(url)).arrayBuffer()) : undefined
}

function assetUrl(asset: string): string {
  const url = modelUrls[folder + asset]
  if (!url) throw new Error(`${asset}: not bundled with the bench page`)
  return url
}

export interface FrameSample {
  /** JS time of each frame (r3f's advance: every useFrame, then three's render), ms. */
  frameMs: number[]
  /** Of which the core's fixed steps (`sim.advance`), ms per frame. */
  stepMs: number[]
  drawCalls: number
  triangles: number
  coreSteps: number
}

export interface FrameBench {
  /** Runs `count` frames of 1/72 s; `move` makes the learner carry a padlock while walking. */
  frames(count: number, move: boolean): FrameSample
}

declare global {
  interface Window {
    frameBench?: FrameBench
  }
}

await RAPIER.init()
const loaded = await loadScenario('scenario.yaml', { readFile })
if (!loaded.ok) throw new Error(loaded.problems.map((problem) => formatProblem(problem)).join('\n'))
const models = loaded.scenario.objects.flatMap((object) =>
  object.shape.kind === 'model' ? [object.shape.asset] : [],
)
const sim = createSim({
  rapier: RAPIER,
  scenario: loaded.scenario,
  seed: 1,
  contentHash: loaded.hash,
  meshes: await loadMeshes([...new Set(models)], readFile),
})

// The bench's clock around the core's fixed steps (never the core's own clock).
let stepTime = 0
const advanceCore = sim.advance.bind(sim)
Object.assign(sim, {
  advance(elapsed: number) {
    const started = performance.now()
    const result = advanceCore(elapsed)
    stepTime += performance.now() - started
    return result
  },
})

/** Walks back and forth with the hand sweeping, so the gripped lock moves every frame. */
function moveLearner(rig: DesktopRig, frame: number): void {
  const leg = Math.floor(frame / 60) % 2 === 0
  rig.hold('forward', leg)
  rig.hold('back', !leg)
  rig.hold('handLeft', leg)
  rig.hold('handRight', !leg)
}

function stillLearner(rig: DesktopRig): void {
  for (const intent of ['forward', 'back', 'handLeft', 'handRight'] as const) rig.hold(intent, false)
}

function Driver({ sim, rig }: { sim: Sim; rig: DesktopRig }) {
  const gl = useThree((state) => state.gl)
  useEffect(() => {
    let time = 0
    let frame = 0
    let gripping = false
    window.frameBench = {
      frames(count, move) {
        if (move && !gripping) {
          rig.reach('lockA')
          advance((time += 1 / 72))
          rig.press('grip', true)
          gripping = true
        }
        const sample: FrameSample = { frameMs: [], stepMs: [], drawCalls: 0, triangles: 0, coreSteps: 0 }
        const firstStep = sim.stepIndex
        for (let i = 0; i < count; i++) {
          if (move) moveLearner(rig, frame++)
          else stillLearner(rig)
          stepTime = 0
          const started = performance.now()
          advance((time += 1 / 72))
          sample.frameMs.push(performance.now() - started)
          sample.stepMs.push(stepTime)
        }
        sample.drawCalls = gl.info.render.calls
        sample.triangles = gl.info.render.triangles
        sample.coreSteps = sim.stepIndex - firstStep
        return sample
      },
    }
  }, [sim, rig, gl])
  return null
}

function Bench() {
  const rig = useDesktopRig(sim)
  const store = useRuntimeStore(sim)
  return (
    <Canvas frameloop="never" dpr={1} camera={{ fov: 70, near: 0.05, far: 50 }}>
      <color attach="background" args={['#2a2f38']} />
      <hemisphereLight args={['#ffffff', '#444444', 1.2]} />
      <directionalLight position={[3, 6, 4]} intensity={1.5} />
      <DesktopControls rig={rig} />
      <DesktopHand rig={rig} />
      <InWorldPanel sim={sim} store={store} {...panelPose(sim.scenario)} />
      <ScenarioScene sim={sim} assets={assetUrl} />
      <Driver sim={sim} rig={rig} />
    </Canvas>
  )
}

createRoot(document.getElementById('root')!).render(<Bench />)
