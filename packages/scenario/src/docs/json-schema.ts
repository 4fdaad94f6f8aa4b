import { toJsonSchemaDocument, type JsonSchemaNode } from '../kit/index.ts'
import { scenarioSchema } from '../model/scenario.ts'

/** The draft-07 JSON Schema of scenario files, generated from the model (also in `schema/scenario.schema.json`). */
export function scenarioJsonSchema(): JsonSchemaNode {
  return toJsonSchemaDocument(scenarioSchema, {
    id: 'https://practicum.dev/schema/scenario.schema.json',
    title: 'Practicum scenario',
  })
}
