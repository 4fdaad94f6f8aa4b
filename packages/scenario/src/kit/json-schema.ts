import type { AnySchema } from './schema.ts'

/** A draft-07 JSON Schema node (plain JSON). */
export type JsonSchemaNode = { [key: string]: unknown }

/** Collects named definitions while a schema is turned into JSON Schema. */
export class JsonSchemaGenerator {
  readonly definitions = new Map<string, JsonSchemaNode>()
  private readonly pending = new Set<string>()

  /** A `$ref` to the definition `name`, generating it once through `build`. */
  named(name: string, build: () => JsonSchemaNode): JsonSchemaNode {
    if (!this.definitions.has(name) && !this.pending.has(name)) {
      this.pending.add(name)
      this.definitions.set(name, build())
      this.pending.delete(name)
    }
    return { $ref: `#/definitions/${name}` }
  }

  /** The JSON Schema of a property: its node, with the property's description kept beside a `$ref`. */
  property(schema: AnySchema): JsonSchemaNode {
    const node = schema.toJsonSchema(this)
    if (!schema.description) return node
    // Draft-07 ignores keywords beside `$ref`; wrapping keeps the description visible to editors.
    if ('$ref' in node) return { description: schema.description, allOf: [node] }
    return { ...node, description: schema.description }
  }
}

/** The draft-07 JSON Schema document of a root schema node. */
export function toJsonSchemaDocument(root: AnySchema, meta: { id: string; title: string }): JsonSchemaNode {
  const generator = new JsonSchemaGenerator()
  const rootNode = root.toJsonSchema(generator)
  const definitions = Object.fromEntries(
    [...generator.definitions.entries()].sort(([a], [b]) => a.localeCompare(b)),
  )
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: meta.id,
    title: meta.title,
    description: root.description,
    ...rootNode,
    definitions,
  }
}
