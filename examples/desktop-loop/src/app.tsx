import { useEffect, useMemo, useState } from 'react'
import { Canvas } from '@react-three/fiber'
import { XR } from '@react-three/xr'
import type { Scenario } from '@practicum/scenario'
import type { Sim } from '@practicum/sim'
import {
  AccessibleMirror,
  DesktopControls,
  DesktopHand,
  FocusHighlight,
  ScenarioScene,
  TouchButtons,
  createFocusTarget,
  useDesktopRig,
  useRuntimeStore,
} from '@practicum/xr'
import { InWorldPanel, panelPose, runtimeText } from '@practicum/xr'
import { DisplayControls } from './display-controls.tsx'
import { readDisplaySettings } from './display-settings.ts'
import { Hud } from './hud.tsx'
import { PauseButton } from './pause-button.tsx'
import { ScreenProbe, type ProjectObject } from './screen-probe.tsx'
import { VRButton } from './vr-button.tsx'
import type { Evidence } from './evidence.ts'
import { EvidenceStatusLine } from './evidence-status.tsx'
import { pageText } from './page-text.ts'
import { RecordingButton } from './recording-button.tsx'
import { OutsideXR, VRLayer } from './vr-layer.tsx'
import { VRProbe } from './vr-probe.tsx'
import { emulateXR, xrStore } from './vr-store.ts'

/** The desktop loop: the scene, its controls, what the learner reads, and the accessible mirror. */
export function App({
  sim,
  scenario,
  hand,
  assets,
  evidence,
  recordingName,
  onProjector,
}: {
  sim: Sim
  scenario: Scenario
  hand: 'left' | 'right'
  /** The bundled URL of a scenario-relative asset. */
  assets: (asset: string) => string
  evidence: Evidence
  /** The file name the recording downloads as. */
  recordingName: string
  onProjector: (project: ProjectObject) => void
}) {
  const store = useRuntimeStore(sim)
  const rig = useDesktopRig(sim, { hand })
  const [paused, setPaused] = useState(false)
  const [display] = useState(() => readDisplaySettings(window.location.search, scenario))
  const [locale, setLocale] = useState(display.locale)
  const [textSize, setTextSize] = useState(display.textSize)
  const words = runtimeText(locale)
  const page = pageText(locale)
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  const focus = useMemo(() => createFocusTarget(), [])
  return (
    <>
      <Canvas dpr={1} camera={{ fov: 70, near: 0.05, far: 50 }}>
        <color attach="background" args={['#2a2f38']} />
        <hemisphereLight args={['#ffffff', '#444444', 1.2]} />
        <directionalLight position={[3, 6, 4]} intensity={1.5} />
        <XR store={xrStore}>
          <OutsideXR>
            <DesktopControls rig={rig} paused={paused} />
            <DesktopHand rig={rig} />
            <FocusHighlight focus={focus} />
          </OutsideXR>
          {/* Desktop and VR alike: ahead of the start, where a session begins; controller rays press it. */}
          <InWorldPanel
            sim={sim}
            store={store}
            locale={locale}
            onLocaleChange={setLocale}
            textSize={textSize}
            onTextSizeChange={setTextSize}
            paused={paused}
            onPausedChange={setPaused}
            {...panelPose(scenario)}
          />
          <VRLayer sim={sim} hand={hand} />
          <VRProbe sim={sim} store={xrStore} enabled={emulateXR} />
          <ScreenProbe sim={sim} onReady={onProjector} />
          {/* In a session the VR rig owns the hands: a controller's ray on an object is not a reach. */}
          <ScenarioScene
            sim={sim}
            paused={paused}
            assets={assets}
            onSelect={(id) => xrStore.getState().session == null && rig.reach(id)}
          />
        </XR>
      </Canvas>
      <Hud
        scenario={scenario}
        store={store}
        locale={locale}
        words={words.hud}
        refusals={words.mirror.refusals}
        textSize={textSize}
      />
      <PauseButton paused={paused} onChange={setPaused} words={words.hud} textSize={textSize} />
      <DisplayControls
        scenario={scenario}
        locale={locale}
        onLocaleChange={setLocale}
        textSize={textSize}
        onTextSizeChange={setTextSize}
        words={words.hud}
      />
      <VRButton store={xrStore} words={page} />
      <RecordingButton sim={sim} fileName={recordingName} label={page.download} />
      <EvidenceStatusLine evidence={evidence} words={page.evidence} />
      <AccessibleMirror
        sim={sim}
        store={store}
        rig={rig}
        focus={focus}
        locale={locale}
        labels={words.mirror}
      />
      <TouchButtons rig={rig} />
    </>
  )
}
