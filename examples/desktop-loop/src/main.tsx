import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { Recording, SimEvent } from '@practicum/sim'
import type { StatementMapperOptions } from '@practicum/xapi'
import { App } from './app.tsx'
import { startEvidence, type EvidenceStatus } from './evidence.ts'
import { readLaunch } from './launch.ts'
import { LaunchError } from './launch-error.tsx'
import { assetResolver, shippedScenarios, startScenario, type StartedScenario } from './load-scenario.ts'
import type { ProjectObject } from './screen-probe.tsx'

/** What tests and curious learners may read of the running attempt; nothing here changes it. */
export interface PracticumPage {
  readonly scenario: string
  events(): readonly SimEvent[]
  readonly stepIndex: number
  readonly ended: boolean
  /** The attempt's recording so far (input log and checksum): `practicum replay` verifies it. */
  recording(): Recording
  /** How the page maps events to statements (mapping the events with it gives every statement sent). */
  readonly evidence: { mapping: Omit<StatementMapperOptions, 'scenario'>; status(): EvidenceStatus }
  /** Where an object's centre is on screen (CSS pixels), once the scene has mounted. */
  project?: ProjectObject
}

declare global {
  interface Window {
    practicum?: PracticumPage
  }
}

const root = createRoot(document.getElementById('root')!)
const read = readLaunch(window.location.search, shippedScenarios, window.location.origin)
let started: StartedScenario | undefined
if (!read.ok) {
  root.render(<LaunchError title="This address cannot start an attempt" problems={read.problems} />)
} else {
  const { launch } = read
  try {
    // The core lives outside React: StrictMode's double mount must not make a second attempt.
    started = await startScenario(launch.scenario, launch)
  } catch (error) {
    root.render(
      <LaunchError
        title={`The scenario ${launch.scenario} did not load`}
        problems={(error as Error).message.split('\n')}
      />,
    )
  }
  if (started) {
    const { sim, scenario, hash } = started
    const evidence = startEvidence(sim, scenario, { ...launch, contentHash: hash })
    const page: PracticumPage = {
      scenario: launch.scenario,
      events: () => sim.events(),
      get stepIndex() {
        return sim.stepIndex
      },
      get ended() {
        return sim.ended
      },
      recording: () => sim.recording(),
      evidence: { mapping: evidence.mapping, status: evidence.status },
    }
    window.practicum = page
    window.addEventListener('pagehide', () => sim.dispose())
    root.render(
      <StrictMode>
        <App
          sim={sim}
          scenario={scenario}
          hand={launch.hand}
          assets={assetResolver(launch.scenario)}
          evidence={evidence}
          recordingName={`${launch.scenario}-${launch.registration}.recording.json`}
          onProjector={(project) => (page.project = project)}
        />
      </StrictMode>,
    )
  }
}
