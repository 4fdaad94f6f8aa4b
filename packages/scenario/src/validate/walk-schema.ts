import {
  ArraySchema,
  KeyedUnionSchema,
  LazySchema,
  ObjectSchema,
  OptionalSchema,
  RecordSchema,
  TaggedUnionSchema,
  TupleSchema,
  type AnySchema,
  type Path,
} from '../kit/index.ts'

/** Called for every named (lazy) node met; return false to skip its inside. */
export type SchemaVisitor = (name: string, value: unknown, path: Path) => boolean

/** Walks a value that already validated against `schema`, calling `visit` at each recursive node (Condition, NumberExpression, Flow). */
export function walkSchema(schema: AnySchema, value: unknown, path: Path, visit: SchemaVisitor): void {
  if (value === undefined) return
  if (schema instanceof OptionalSchema) return walkSchema(schema.inner, value, path, visit)
  if (schema instanceof LazySchema) {
    if (visit(schema.name, value, path)) walkSchema(schema.target, value, path, visit)
    return
  }
  if (schema instanceof ObjectSchema) {
    if (!isRecord(value)) return
    for (const [key, child] of Object.entries(schema.shape as Record<string, AnySchema>))
      walkSchema(child, value[key], [...path, key], visit)
    return
  }
  if (schema instanceof ArraySchema) {
    if (Array.isArray(value))
      value.forEach((item, index) => walkSchema(schema.item, item, [...path, index], visit))
    return
  }
  if (schema instanceof TupleSchema) {
    if (Array.isArray(value))
      (schema.items as readonly AnySchema[]).forEach((item, index) =>
        walkSchema(item, value[index], [...path, index], visit),
      )
    return
  }
  if (schema instanceof RecordSchema) {
    if (isRecord(value))
      for (const [key, item] of Object.entries(value)) walkSchema(schema.value, item, [...path, key], visit)
    return
  }
  if (schema instanceof KeyedUnionSchema) {
    if (isRecord(value)) {
      const key = Object.keys(value)[0]
      const variant = key === undefined ? undefined : (schema.variants as Record<string, AnySchema>)[key]
      if (key !== undefined && variant) walkSchema(variant, value[key], [...path, key], visit)
    } else if (schema.scalar) walkSchema(schema.scalar, value, path, visit)
    return
  }
  if (schema instanceof TaggedUnionSchema) {
    if (!isRecord(value)) return
    const tag = value[schema.tag]
    const variant = typeof tag === 'string' ? (schema.variants as Record<string, AnySchema>)[tag] : undefined
    if (variant) walkSchema(variant, value, path, visit)
  }
}

/** True for a plain mapping. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
