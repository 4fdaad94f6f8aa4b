import { useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import type { Mesh } from 'three'
import type { DesktopRig } from './desktop-rig.ts'

/**
 * A small marker where the desktop learner's hand is, so they can see what they will grip.
 * Its colour changes while gripping; its size says so too (not colour alone).
 */
export function DesktopHand({ rig, radius = 0.03 }: { rig: DesktopRig; radius?: number }) {
  const mesh = useRef<Mesh>(null)
  useFrame(() => {
    const marker = mesh.current
    if (!marker) return
    rig.handPositionInto(marker.position)
    marker.scale.setScalar(rig.grip ? 0.7 : 1)
  })
  return (
    <mesh ref={mesh} name="practicum-desktop-hand">
      <sphereGeometry args={[radius, 16, 12]} />
      <meshStandardMaterial color="#7fd1ff" emissive="#1a4d66" transparent opacity={0.8} />
    </mesh>
  )
}
