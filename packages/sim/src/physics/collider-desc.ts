import type { Rapier } from './rapier.ts'
import type { MeshData, ShapeSpec, Triple } from './scene-spec.ts'

/** The collider description of a shape, scaled; models need their mesh. */
export function colliderDesc(
  rapier: Rapier,
  shape: ShapeSpec,
  scale: Triple,
  meshes: ReadonlyMap<string, MeshData> | undefined,
  where: string,
): InstanceType<Rapier['ColliderDesc']> {
  const [sx, sy, sz] = scale
  const radial = Math.max(sx, sz)
  switch (shape.kind) {
    case 'box':
      return rapier.ColliderDesc.cuboid(
        (shape.size[0] * sx) / 2,
        (shape.size[1] * sy) / 2,
        (shape.size[2] * sz) / 2,
      )
    case 'sphere':
      return rapier.ColliderDesc.ball(shape.radius * Math.max(sx, sy, sz))
    case 'cylinder':
      return rapier.ColliderDesc.cylinder((shape.height * sy) / 2, shape.radius * radial)
    case 'capsule':
      return rapier.ColliderDesc.capsule((shape.height * sy) / 2, shape.radius * radial)
    case 'model':
      return modelCollider(rapier, shape, scale, meshes, where)
  }
}

function scaledVertices(mesh: MeshData, [sx, sy, sz]: Triple): Float32Array {
  const out = new Float32Array(mesh.vertices.length)
  for (let i = 0; i < out.length; i += 3) {
    out[i] = (mesh.vertices[i] ?? 0) * sx
    out[i + 1] = (mesh.vertices[i + 1] ?? 0) * sy
    out[i + 2] = (mesh.vertices[i + 2] ?? 0) * sz
  }
  return out
}

function modelCollider(
  rapier: Rapier,
  shape: Extract<ShapeSpec, { kind: 'model' }>,
  scale: Triple,
  meshes: ReadonlyMap<string, MeshData> | undefined,
  where: string,
): InstanceType<Rapier['ColliderDesc']> {
  const mesh = meshes?.get(shape.asset)
  if (!mesh)
    throw new Error(`${where}: no mesh loaded for model "${shape.asset}"; pass it in the scene's meshes`)
  const vertices = scaledVertices(mesh, scale)
  if (shape.collider === 'trimesh') return rapier.ColliderDesc.trimesh(vertices, mesh.indices)
  if (shape.collider === 'box') {
    const min = [Infinity, Infinity, Infinity]
    const max = [-Infinity, -Infinity, -Infinity]
    for (let i = 0; i < vertices.length; i++) {
      const axis = i % 3
      min[axis] = Math.min(min[axis]!, vertices[i]!)
      max[axis] = Math.max(max[axis]!, vertices[i]!)
    }
    return rapier.ColliderDesc.cuboid(
      (max[0]! - min[0]!) / 2,
      (max[1]! - min[1]!) / 2,
      (max[2]! - min[2]!) / 2,
    ).setTranslation((max[0]! + min[0]!) / 2, (max[1]! + min[1]!) / 2, (max[2]! + min[2]!) / 2)
  }
  const hull = rapier.ColliderDesc.convexHull(vertices)
  if (!hull) throw new Error(`${where}: the mesh of "${shape.asset}" has no convex hull (flat or empty)`)
  return hull
}
