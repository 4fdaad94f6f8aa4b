export type EdgeKind = 'value' | 'type' | 'none'
export interface RestrictedEdge {
  from: string
  to: string
  allowed: Exclude<EdgeKind, 'value'>
}
export declare const scope: string
export declare const packageNames: readonly string[]
export declare const forbiddenModulePatterns: readonly string[]
export declare const forbiddenGlobals: readonly string[]
export declare function packageOfPath(relativePath: string): string | undefined
export declare function packageOfSpecifier(specifier: string): string | undefined
export declare function isUniversal(pkg: string): boolean
export declare function allowedEdge(from: string, to: string): EdgeKind
export declare function restrictedEdges(): RestrictedEdge[]
export declare function forbiddenModuleMatch(specifier: string): string | undefined
