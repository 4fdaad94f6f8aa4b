import type { Object3D } from 'three'
import type { SceneObject } from '@practicum/scenario'
import { quatFromEulerXYZ } from '@practicum/sim'
import { shapeGroupName } from './appearance-sync.ts'
import { ShapeMesh, type AssetLocation } from './shape-mesh.tsx'

export interface ObjectTree {
  readonly object: SceneObject
  readonly children: readonly ObjectTree[]
}

/**
 * Nests each object without a body under its parent, so decorations follow what they sit on; an
 * object with a body stands at the root, because the core gives its pose in world space.
 */
export function objectTree(objects: readonly SceneObject[]): ObjectTree[] {
  const byId = new Map(objects.map((object) => [object.id, object]))
  const roots: ObjectTree[] = []
  const nodes = new Map(objects.map((object) => [object.id, { object, children: [] as ObjectTree[] }]))
  for (const object of objects) {
    const node = nodes.get(object.id)!
    const nested = !object.body && object.parent !== undefined && byId.has(object.parent)
    if (!nested) roots.push(node)
    else nodes.get(object.parent!)!.children.push(node)
  }
  return roots
}

interface ObjectNodeProps {
  node: ObjectTree
  assets: AssetLocation
  register: (id: string, object: Object3D | null) => void
  onSelect: ((objectId: string) => void) | undefined
}

/** One scenario object at its authored transform; the pose sync moves it if it has a body. */
export function ObjectNode({ node, assets, register, onSelect }: ObjectNodeProps) {
  const { object } = node
  const [x, y, z] = object.transform.position
  const q = quatFromEulerXYZ(object.transform.rotation)
  return (
    <group
      name={object.id}
      position={[x, y, z]}
      quaternion={[q.x, q.y, q.z, q.w]}
      ref={(group) => {
        register(object.id, group)
        return () => register(object.id, null)
      }}
      {...(onSelect && {
        onClick: (event: { stopPropagation(): void }) => {
          // The nearest object hit is the one chosen, not what lies behind it.
          event.stopPropagation()
          onSelect(object.id)
        },
      })}
    >
      {/* Scale shapes only, as the core scales colliders: a child's transform ignores its parent's scale. */}
      <group name={shapeGroupName} scale={object.transform.scale}>
        <ShapeMesh
          shape={object.shape}
          body={object.body?.type ?? 'none'}
          assets={assets}
          {...(object.appearance?.color !== undefined && { colour: object.appearance.color })}
        />
      </group>
      {node.children.map((child) => (
        <ObjectNode
          key={child.object.id}
          node={child}
          assets={assets}
          register={register}
          onSelect={onSelect}
        />
      ))}
    </group>
  )
}
