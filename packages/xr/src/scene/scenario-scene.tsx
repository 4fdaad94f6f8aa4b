import { useCallback, useEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import type { Object3D } from 'three'
import type { Sim } from '@practicum/sim'
import { createAppearanceSync, type AppearanceSync } from './appearance-sync.ts'
import { createPoseSync, type PoseSync } from './pose-sync.ts'
import { ObjectNode, objectTree } from './scenario-objects.tsx'
import type { AssetLocation } from './shape-mesh.tsx'

export interface ScenarioSceneProps {
  /** The running core; the scene steps it and draws its bodies. */
  sim: Sim
  /**
   * Where the scenario's files are served from: a base URL (`model` shapes load `assets + asset`)
   * or a function from the scenario-relative path to a URL (a bundler's hashed asset URLs).
   * @defaultValue `'./'`
   */
  assets?: AssetLocation
  /**
   * While true the core takes no step (the learner's pause); the scene still renders.
   * @defaultValue false
   */
  paused?: boolean
  /** A click or tap on an object (desktop: `rig.reach`). Nested objects report themselves. */
  onSelect?: (objectId: string) => void
}

/**
 * Renders every object of the core's scenario and, in one `useFrame`, advances the core by the
 * frame's delta and copies its body poses into the scene, interpolated by the driver's `alpha`.
 * No `<Physics>`: the core owns the one physics world (DESIGN.md, "One physics world"). Nothing
 * here sets React state per frame.
 *
 * @example
 * <Canvas><ScenarioScene sim={sim} assets="/scenarios/lockout-tagout/" /></Canvas>
 */
export function ScenarioScene({ sim, assets = './', paused = false, onSelect }: ScenarioSceneProps) {
  const roots = useMemo(() => objectTree(sim.scenario.objects), [sim])
  const objects = useRef(new Map<string, Object3D>())
  const sync = useRef<PoseSync | null>(null)
  const appearance = useRef<AppearanceSync | null>(null)
  const pausedRef = useRef(paused)
  pausedRef.current = paused

  const register = useCallback((id: string, object: Object3D | null) => {
    if (object) objects.current.set(id, object)
    else objects.current.delete(id)
  }, [])

  useEffect(() => {
    // Refs are attached before effects run: every object of the scenario is registered here.
    sync.current = createPoseSync(sim, objects.current)
    appearance.current = createAppearanceSync(sim, objects.current)
    return () => {
      sync.current = null
      appearance.current = null
    }
  }, [sim])

  useFrame((_, delta) => {
    const poses = sync.current
    if (!poses || sim.ended || pausedRef.current) return
    const { steps, alpha } = sim.advance(delta)
    if (steps > 0) {
      poses.read()
      // What the core keeps may have changed (a flame's height): the drawn sizes follow.
      appearance.current?.update()
    }
    poses.apply(alpha)
  })

  return (
    <group name="practicum-scenario">
      {roots.map((node) => (
        <ObjectNode
          key={node.object.id}
          node={node}
          assets={assets}
          register={register}
          onSelect={onSelect}
        />
      ))}
    </group>
  )
}
