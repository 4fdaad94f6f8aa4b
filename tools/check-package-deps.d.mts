/** Problems of one package manifest against tools/dependency-rule.json (empty when it follows the rule). */
export declare function checkManifest(manifest: Record<string, unknown>, pkg: string): string[]
