import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { Vector3 } from 'three'
import type { Sim } from '@practicum/sim'

/** Where an object's centre is on screen, in CSS pixels of the canvas (for tests and tours). */
export type ProjectObject = (objectId: string) => { x: number; y: number } | undefined

/** Hands the page a projector that reads the live camera; it changes nothing in the scene. */
export function ScreenProbe({ sim, onReady }: { sim: Sim; onReady: (project: ProjectObject) => void }) {
  const get = useThree((state) => state.get)
  useEffect(() => {
    const point = new Vector3()
    onReady((objectId) => {
      const pose = sim.poses().find((candidate) => candidate.id === objectId)
      if (!pose) return undefined
      const { camera, size } = get()
      point.set(pose.position.x, pose.position.y, pose.position.z).project(camera)
      return {
        x: size.left + ((point.x + 1) / 2) * size.width,
        y: size.top + ((1 - point.y) / 2) * size.height,
      }
    })
  }, [sim, get, onReady])
  return null
}
