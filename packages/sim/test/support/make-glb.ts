/** A binary glTF holding one box mesh of the given size, centred on its node at `offset`. */
export function boxGlb(
  size: [number, number, number],
  offset: [number, number, number] = [0, 0, 0],
): Uint8Array {
  const [hx, hy, hz] = size.map((s) => s / 2) as [number, number, number]
  const corners: number[] = []
  for (const x of [-hx, hx]) for (const y of [-hy, hy]) for (const z of [-hz, hz]) corners.push(x, y, z)
  // prettier-ignore
  const faces = [0,1,3, 0,3,2, 4,6,7, 4,7,5, 0,4,5, 0,5,1, 2,3,7, 2,7,6, 0,2,6, 0,6,4, 1,5,7, 1,7,3]
  const positions = new Float32Array(corners)
  const indices = new Uint16Array(faces)
  const bin = new Uint8Array(positions.byteLength + indices.byteLength)
  bin.set(new Uint8Array(positions.buffer), 0)
  bin.set(new Uint8Array(indices.buffer), positions.byteLength)
  const json = {
    asset: { version: '2.0' },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0, translation: offset }],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 }, indices: 1 }] }],
    buffers: [{ byteLength: bin.byteLength }],
    bufferViews: [
      { buffer: 0, byteOffset: 0, byteLength: positions.byteLength },
      { buffer: 0, byteOffset: positions.byteLength, byteLength: indices.byteLength },
    ],
    accessors: [
      { bufferView: 0, componentType: 5126, count: 8, type: 'VEC3' },
      { bufferView: 1, componentType: 5123, count: faces.length, type: 'SCALAR' },
    ],
  }
  const pad = (bytes: Uint8Array, fill: number) => {
    const out = new Uint8Array(Math.ceil(bytes.length / 4) * 4).fill(fill)
    out.set(bytes)
    return out
  }
  const jsonChunk = pad(new TextEncoder().encode(JSON.stringify(json)), 0x20)
  const binChunk = pad(bin, 0)
  const total = 12 + 8 + jsonChunk.length + 8 + binChunk.length
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  view.setUint32(0, 0x46546c67, true)
  view.setUint32(4, 2, true)
  view.setUint32(8, total, true)
  view.setUint32(12, jsonChunk.length, true)
  view.setUint32(16, 0x4e4f534a, true)
  out.set(jsonChunk, 20)
  const binAt = 20 + jsonChunk.length
  view.setUint32(binAt, binChunk.length, true)
  view.setUint32(binAt + 4, 0x004e4942, true)
  out.set(binChunk, binAt + 8)
  return out
}
