import { useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { DoubleSide, type Group, type MeshBasicMaterial } from 'three'
import type { VRHandView, VRRig } from './vr-rig.ts'

function placeHand(group: Group | null, view: Readonly<VRHandView>, presenting: boolean): void {
  if (!group) return
  group.visible = presenting && view.tracked
  if (!group.visible) return
  group.position.set(view.position.x, view.position.y, view.position.z)
  group.quaternion.set(view.rotation.x, view.rotation.y, view.rotation.z, view.rotation.w)
  const marker = group.children[0]
  const ray = group.children[1]
  if (marker) marker.scale.setScalar(view.grip ? 0.7 : 1)
  if (ray) ray.visible = view.pointing
}

/** The target ring where the core would take the learner, and where it would refuse (with a cross). */
const goColor = '#7fd1ff'
const refusedColor = '#ffb000'

/**
 * What the learner sees of their hands in VR when controller models are off: a marker per hand
 * (smaller while gripping: size as well as colour), the pointing hand's ray, and the teleport
 * target while aiming wherever the arc lands on a floor, at any height: a blue ring where the core
 * would take the learner, an amber ring with a cross where it would refuse (shape as well as colour).
 */
export function VRHands({ rig, radius = 0.025 }: { rig: VRRig; radius?: number }) {
  const left = useRef<Group>(null)
  const right = useRef<Group>(null)
  const target = useRef<Group>(null)
  const ringMaterial = useRef<MeshBasicMaterial>(null)
  const cross = useRef<Group>(null)
  useFrame(({ gl }) => {
    const presenting = gl.xr.isPresenting
    placeHand(left.current, rig.hands.left, presenting)
    placeHand(right.current, rig.hands.right, presenting)
    const marker = target.current
    if (!marker) return
    const aim = rig.teleport
    marker.visible = presenting && aim.aiming && aim.landed
    marker.position.set(aim.target.x, aim.target.y + 0.01, aim.target.z)
    ringMaterial.current?.color.set(aim.valid ? goColor : refusedColor)
    if (cross.current) cross.current.visible = !aim.valid
  })
  const hand = (name: string, ref: typeof left) => (
    <group ref={ref} name={name} visible={false}>
      <mesh>
        <sphereGeometry args={[radius, 16, 12]} />
        <meshStandardMaterial color="#7fd1ff" emissive="#1a4d66" transparent opacity={0.8} />
      </mesh>
      <mesh position={[0, 0, -0.5]} rotation={[Math.PI / 2, 0, 0]}>
        <cylinderGeometry args={[0.002, 0.002, 1, 6]} />
        <meshBasicMaterial color="#ffffff" transparent opacity={0.5} />
      </mesh>
    </group>
  )
  return (
    <>
      {hand('practicum-vr-hand-left', left)}
      {hand('practicum-vr-hand-right', right)}
      {/* Drawn over everything: a deck aimed at from below hides its own top. */}
      <group ref={target} name="practicum-teleport-target" visible={false}>
        <mesh rotation={[-Math.PI / 2, 0, 0]} renderOrder={9_000}>
          <ringGeometry args={[0.2, 0.26, 32]} />
          <meshBasicMaterial ref={ringMaterial} color={goColor} side={DoubleSide} depthTest={false} />
        </mesh>
        <group ref={cross} name="practicum-teleport-refused">
          {[Math.PI / 4, -Math.PI / 4].map((angle) => (
            <mesh key={angle} rotation={[-Math.PI / 2, 0, angle]} renderOrder={9_000}>
              <planeGeometry args={[0.4, 0.05]} />
              <meshBasicMaterial color={refusedColor} side={DoubleSide} depthTest={false} />
            </mesh>
          ))}
        </group>
      </group>
    </>
  )
}
