import type { ReactNode } from 'react'
import { useXR } from '@react-three/xr'
import type { Sim } from '@practicum/sim'
import { VRControls, useVRRig } from '@practicum/xr'

/** The headset's rig and controls; mount inside `<XR>`, before the scene. */
export function VRLayer({ sim, hand }: { sim: Sim; hand: 'left' | 'right' }) {
  const rig = useVRRig(sim, { dominantHand: hand })
  return <VRControls sim={sim} rig={rig} />
}

/** Its children only outside an immersive session: desktop controls must not fight the headset. */
export function OutsideXR({ children }: { children: ReactNode }) {
  const inSession = useXR((state) => state.session != null)
  return inSession ? null : <>{children}</>
}
