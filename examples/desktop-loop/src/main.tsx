import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { SimEvent } from '@practicum/sim'
import { App } from './app.tsx'
import { readLaunch, startLockout } from './load-lockout.ts'
import type { ProjectObject } from './screen-probe.tsx'

/** What tests and curious learners may read of the running attempt; nothing here changes it. */
export interface PracticumPage {
  events(): readonly SimEvent[]
  readonly stepIndex: number
  readonly ended: boolean
  /** Where an object's centre is on screen (CSS pixels), once the scene has mounted. */
  project?: ProjectObject
}

declare global {
  interface Window {
    practicum?: PracticumPage
  }
}

const launch = readLaunch(window.location.search)
// The core lives outside React: StrictMode's double mount must not make a second attempt.
const { sim, scenario } = await startLockout(launch)
const page: PracticumPage = {
  events: () => sim.events(),
  get stepIndex() {
    return sim.stepIndex
  },
  get ended() {
    return sim.ended
  },
}
window.practicum = page
window.addEventListener('pagehide', () => sim.dispose())

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App
      sim={sim}
      scenario={scenario}
      hand={launch.hand}
      onProjector={(project) => (page.project = project)}
    />
  </StrictMode>,
)
