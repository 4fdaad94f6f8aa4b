import type { Scenario } from '@practicum/scenario'
import type { JointSpec, MeshData, SceneSpec } from './physics/scene-spec.ts'

/** The physics view of a validated scenario: the same objects, joints and zones, in order. */
export function sceneSpecOf(scenario: Scenario, meshes?: ReadonlyMap<string, MeshData>): SceneSpec {
  const joints = scenario.joints.map((joint): JointSpec => {
    if (joint.kind === 'fixed')
      return { id: joint.id, kind: 'fixed', a: joint.a, b: joint.b, anchor: joint.anchor }
    const motor =
      joint.motor === undefined
        ? undefined
        : {
            targetVelocity: joint.motor.targetVelocity,
            max: 'maxTorque' in joint.motor ? joint.motor.maxTorque : joint.motor.maxForce,
          }
    return {
      id: joint.id,
      kind: joint.kind,
      a: joint.a,
      b: joint.b,
      anchor: joint.anchor,
      axis: joint.axis,
      ...(joint.limits ? { limits: joint.limits } : {}),
      ...(motor ? { motor } : {}),
    }
  })
  // Impacts are judged only when a hazard is judged by them (it costs a velocity read per body per step).
  const trackImpacts = scenario.hazards.some(
    (hazard) => hazard.exposure.kind === 'impulse' || hazard.exposure.kind === 'impactEnergy',
  )
  return {
    physics: scenario.physics,
    objects: scenario.objects,
    joints,
    zones: scenario.zones,
    trackImpacts,
    ...(meshes ? { meshes } : {}),
  }
}
