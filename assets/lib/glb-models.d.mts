/** Types of glb-models.mjs. */
export interface Mesh {
  positions: number[]
  normals: number[]
  colors: number[]
  indices: number[]
}
export declare function meshBuilder(): {
  box(min: readonly number[], max: readonly number[], color: readonly number[]): void
  cylinder(
    center: readonly number[],
    radius: number,
    height: number,
    segments: number,
    color: readonly number[],
  ): void
  done(): Mesh
}
export declare function toGlb(name: string, mesh: Mesh, generator: string): Uint8Array
export declare function generateModels(
  models: Record<string, (builder: ReturnType<typeof meshBuilder>) => void>,
  generator: string,
): Map<string, Uint8Array>
export declare function runGenerator(dir: string, files: Map<string, Uint8Array>, args?: string[]): void
