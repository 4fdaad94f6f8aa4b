import type { MeshData } from '../physics/scene-spec.ts'
import { decodeUtf8 } from './utf8.ts'

// Reads the triangles of a binary glTF (.glb) for colliders: every mesh primitive's POSITION and
// indices, placed by its node's transform. Materials, textures and animation are the renderer's.

interface GltfJson {
  scene?: number
  scenes?: { nodes?: number[] }[]
  nodes?: {
    mesh?: number
    children?: number[]
    matrix?: number[]
    translation?: number[]
    rotation?: number[]
    scale?: number[]
  }[]
  meshes?: { primitives: { attributes: { POSITION?: number }; indices?: number; mode?: number }[] }[]
  accessors?: {
    bufferView?: number
    byteOffset?: number
    componentType: number
    count: number
    type: string
  }[]
  bufferViews?: { buffer: number; byteOffset?: number; byteLength: number; byteStride?: number }[]
}

type Matrix = number[]
const identity: Matrix = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]

function multiply(a: Matrix, b: Matrix): Matrix {
  const out = new Array<number>(16).fill(0)
  for (let column = 0; column < 4; column++) {
    for (let row = 0; row < 4; row++) {
      let sum = 0
      for (let k = 0; k < 4; k++) sum += a[k * 4 + row]! * b[column * 4 + k]!
      out[column * 4 + row] = sum
    }
  }
  return out
}

/** Column-major matrix of a node's TRS (glTF's convention). */
function nodeMatrix(node: NonNullable<GltfJson['nodes']>[number]): Matrix {
  if (node.matrix?.length === 16) return node.matrix
  const [tx = 0, ty = 0, tz = 0] = node.translation ?? []
  const [x = 0, y = 0, z = 0, w = 1] = node.rotation ?? []
  const [sx = 1, sy = 1, sz = 1] = node.scale ?? []
  // prettier-ignore
  return [
    (1 - 2 * (y * y + z * z)) * sx, 2 * (x * y + z * w) * sx, 2 * (x * z - y * w) * sx, 0,
    2 * (x * y - z * w) * sy, (1 - 2 * (x * x + z * z)) * sy, 2 * (y * z + x * w) * sy, 0,
    2 * (x * z + y * w) * sz, 2 * (y * z - x * w) * sz, (1 - 2 * (x * x + y * y)) * sz, 0,
    tx, ty, tz, 1,
  ]
}

const componentSize: Record<number, number> = { 5121: 1, 5123: 2, 5125: 4, 5126: 4 }

/** Parses a .glb; throws an Error saying what is wrong with `name` when it cannot. */
export function readGlb(bytes: Uint8Array, name: string): MeshData {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.byteLength < 20 || view.getUint32(0, true) !== 0x46546c67)
    throw new Error(`${name}: not a binary glTF (.glb) file`)
  if (view.getUint32(4, true) !== 2)
    throw new Error(`${name}: glTF version ${view.getUint32(4, true)}; only version 2 is read`)
  let json: GltfJson | undefined
  let bin: DataView | undefined
  for (let offset = 12; offset + 8 <= bytes.byteLength;) {
    const length = view.getUint32(offset, true)
    const type = view.getUint32(offset + 4, true)
    const start = offset + 8
    if (type === 0x4e4f534a) json = JSON.parse(decodeUtf8(bytes.subarray(start, start + length))) as GltfJson
    if (type === 0x004e4942) bin = new DataView(bytes.buffer, bytes.byteOffset + start, length)
    offset = start + length
  }
  if (!json) throw new Error(`${name}: the .glb has no JSON chunk`)
  const gltf = json

  function read(accessorIndex: number): number[] {
    const accessor = gltf.accessors?.[accessorIndex]
    const viewInfo = accessor?.bufferView === undefined ? undefined : gltf.bufferViews?.[accessor.bufferView]
    if (!accessor || !viewInfo || !bin)
      throw new Error(`${name}: accessor ${accessorIndex} has no data in the binary chunk`)
    const size = componentSize[accessor.componentType]
    if (!size)
      throw new Error(
        `${name}: accessor ${accessorIndex} has component type ${accessor.componentType}, which is not read`,
      )
    const components = accessor.type === 'VEC3' ? 3 : accessor.type === 'SCALAR' ? 1 : 0
    if (!components)
      throw new Error(
        `${name}: accessor ${accessorIndex} is ${accessor.type}; positions are VEC3 and indices SCALAR`,
      )
    const stride = viewInfo.byteStride ?? size * components
    const base = (viewInfo.byteOffset ?? 0) + (accessor.byteOffset ?? 0)
    const values: number[] = []
    for (let i = 0; i < accessor.count; i++) {
      for (let c = 0; c < components; c++) {
        const at = base + i * stride + c * size
        const value =
          accessor.componentType === 5126
            ? bin.getFloat32(at, true)
            : accessor.componentType === 5125
              ? bin.getUint32(at, true)
              : accessor.componentType === 5123
                ? bin.getUint16(at, true)
                : bin.getUint8(at)
        values.push(value)
      }
    }
    return values
  }

  const vertices: number[] = []
  const indices: number[] = []
  const visit = (nodeIndex: number, parent: Matrix): void => {
    const node = gltf.nodes?.[nodeIndex]
    if (!node) return
    const world = multiply(parent, nodeMatrix(node))
    for (const primitive of node.mesh === undefined ? [] : (gltf.meshes?.[node.mesh]?.primitives ?? [])) {
      if ((primitive.mode ?? 4) !== 4 || primitive.attributes.POSITION === undefined) continue
      const positions = read(primitive.attributes.POSITION)
      const first = vertices.length / 3
      for (let i = 0; i < positions.length; i += 3) {
        const [x, y, z] = [positions[i]!, positions[i + 1]!, positions[i + 2]!]
        vertices.push(
          world[0]! * x + world[4]! * y + world[8]! * z + world[12]!,
          world[1]! * x + world[5]! * y + world[9]! * z + world[13]!,
          world[2]! * x + world[6]! * y + world[10]! * z + world[14]!,
        )
      }
      const count = positions.length / 3
      const local =
        primitive.indices === undefined ? Array.from({ length: count }, (_, i) => i) : read(primitive.indices)
      for (const index of local) indices.push(first + index)
    }
    for (const child of node.children ?? []) visit(child, world)
  }
  const roots = gltf.scenes?.[gltf.scene ?? 0]?.nodes ?? gltf.nodes?.map((_, i) => i) ?? []
  for (const root of roots) visit(root, identity)
  if (vertices.length === 0) throw new Error(`${name}: the .glb has no triangle meshes`)
  return { vertices: Float32Array.from(vertices), indices: Uint32Array.from(indices) }
}

/** Every `model` shape's mesh, read with the caller's file access (paths as the scenario writes them). */
export async function loadMeshes(
  assets: readonly string[],
  readAsset: (path: string) => Promise<Uint8Array | undefined>,
): Promise<Map<string, MeshData>> {
  const meshes = new Map<string, MeshData>()
  for (const asset of assets) {
    if (asset.endsWith('.gltf'))
      throw new Error(`${asset}: colliders are read from binary glTF; export the model as .glb`)
    if (!asset.endsWith('.glb')) continue
    const bytes = await readAsset(asset)
    if (!bytes) throw new Error(`${asset}: model file not found`)
    meshes.set(asset, readGlb(bytes, asset))
  }
  return meshes
}
