import { useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { Box3, type Mesh, type Object3D } from 'three'
import type { FocusTarget } from './focus-target.ts'

/**
 * Shows keyboard focus in 3D: a wire box around the object whose button in the accessible mirror
 * has focus, following it as it moves. Mount inside the `<Canvas>`, next to `<ScenarioScene>`
 * (whose objects are named by id). Allocates nothing per frame.
 */
export function FocusHighlight({ focus, color = '#ffd54a' }: { focus: FocusTarget; color?: string }) {
  const scene = useThree((state) => state.scene)
  const mesh = useRef<Mesh>(null)
  const box = useMemo(() => new Box3(), [])
  const found = useRef<{ id: string | undefined; object: Object3D | undefined }>({
    id: undefined,
    object: undefined,
  })
  useFrame(() => {
    const marker = mesh.current
    if (!marker) return
    const id = focus.current
    if (found.current.id !== id) {
      found.current.id = id
      found.current.object = id === undefined ? undefined : scene.getObjectByName(id)
    }
    const target = found.current.object
    marker.visible = target !== undefined
    if (!target) return
    box.setFromObject(target)
    box.getCenter(marker.position)
    box.getSize(marker.scale)
    // A margin, so the box is seen around small things (a 2 cm hasp) as well as big ones.
    marker.scale.addScalar(0.04)
  })
  return (
    <mesh ref={mesh} name="practicum-focus-highlight" visible={false} renderOrder={10}>
      <boxGeometry args={[1, 1, 1]} />
      <meshBasicMaterial color={color} wireframe depthTest={false} transparent opacity={0.9} />
    </mesh>
  )
}
