/** Types of generate.mjs, for the tests that import it. */
export interface MeshBuilder {
  box(min: readonly number[], max: readonly number[], color: readonly number[]): void
  cylinder(
    center: readonly number[],
    radius: number,
    height: number,
    segments: number,
    color: readonly number[],
  ): void
}
export declare const models: Record<string, (builder: MeshBuilder) => void>
export declare function generateAll(): Map<string, Uint8Array>
