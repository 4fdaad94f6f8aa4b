import { useMemo } from 'react'
import { useFrame } from '@react-three/fiber'
import { BufferAttribute, BufferGeometry } from 'three'
import type { Sim } from '@practicum/sim'

/** Copies Rapier's debug buffers into `geometry`, reusing its attributes while the size holds. */
export function copyDebugLines(geometry: BufferGeometry, vertices: Float32Array, colors: Float32Array): void {
  const position = geometry.getAttribute('position') as BufferAttribute | undefined
  if (position && position.array.length === vertices.length) {
    ;(position.array as Float32Array).set(vertices)
    ;((geometry.getAttribute('color') as BufferAttribute).array as Float32Array).set(colors)
    position.needsUpdate = true
    geometry.getAttribute('color').needsUpdate = true
  } else {
    geometry.setAttribute('position', new BufferAttribute(vertices.slice(), 3))
    geometry.setAttribute('color', new BufferAttribute(colors.slice(), 4))
  }
  geometry.computeBoundingSphere()
}

/**
 * Draws the core's physics world (`world.debugRender()`: colliders, joints, contacts) as lines,
 * for scenario designers. Rapier makes new buffers on every call, so this view allocates each
 * frame; it is a tool, not part of a learner's scene.
 */
export function PhysicsDebugView({ sim }: { sim: Sim }) {
  const geometry = useMemo(() => new BufferGeometry(), [])
  useFrame(() => {
    const { vertices, colors } = sim.context.physics.world.debugRender()
    copyDebugLines(geometry, vertices, colors)
  })
  return (
    <lineSegments geometry={geometry} frustumCulled={false} renderOrder={999}>
      <lineBasicMaterial vertexColors depthTest={false} transparent />
    </lineSegments>
  )
}
