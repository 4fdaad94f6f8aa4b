import {
  KeyedUnionSchema,
  ObjectSchema,
  ParseContext,
  TaggedUnionSchema,
  type AnySchema,
} from '../kit/index.ts'
import { migrateDocument } from '../migrate/migrate-document.ts'
import { scenarioSchema } from '../model/scenario.ts'
import { namedNodes } from './reference.ts'

/**
 * Every kind of node of the scenario language: each property of each object
 * (`Hazard.liveWhen`) and each variant of each choice (`Condition:inZone`, `Shape:box`).
 */
export function nodeKinds(root: AnySchema = scenarioSchema): string[] {
  const kinds: string[] = []
  for (const node of namedNodes(root)) {
    if (node instanceof ObjectSchema)
      kinds.push(...Object.keys(node.shape).map((key) => `${node.name}.${key}`))
    else if (node instanceof KeyedUnionSchema) {
      kinds.push(...Object.keys(node.variants).map((key) => `${node.name}:${key}`))
      if (node.scalar) kinds.push(`${node.name}:(${node.scalar.typeName()})`)
    } else if (node instanceof TaggedUnionSchema)
      kinds.push(...Object.keys(node.variants).map((key) => `${node.name}:${key}`))
  }
  return [...new Set(kinds)].sort()
}

/** The node kinds (as in {@link nodeKinds}) that a scenario document uses. */
export function nodeKindsUsed(data: unknown): string[] {
  const ctx = new ParseContext()
  scenarioSchema.parse(migrateDocument(data).document, [], ctx)
  return [...ctx.used].sort()
}
