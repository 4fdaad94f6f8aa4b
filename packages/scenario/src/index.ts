export { parseScenario, type ParseOptions, type ParsedScenarioText } from './parse/parse-scenario.ts'
export { formatProblem, formatPath, type Problem } from './parse/problem.ts'
export type { SourceMap } from './parse/source-map.ts'
export {
  validateScenario,
  type ValidateOptions,
  type ValidationResult,
} from './validate/validate-scenario.ts'
export { loadScenario, type LoadResult, type ScenarioReader } from './load/load-scenario.ts'
export {
  applyParameterOverrides,
  type ParameterOverrides,
  type OverrideResult,
} from './load/apply-parameter-overrides.ts'
export { scenarioSchema, currentSchemaVersion, type Scenario, type ScenarioInput } from './model/scenario.ts'
export type {
  Condition,
  ConditionInput,
  NumberExpression,
  NumberExpressionInput,
  ComparisonOperator,
} from './model/expression-types.ts'
export type { Flow, FlowInput } from './model/procedure.ts'
export type * from './model/parts.ts'
export { migrateDocument, type MigrationResult } from './migrate/migrate-document.ts'
export { migrations, type Migration } from './migrate/migrations.ts'
export { formatText, resolveLocale, type TextArguments } from './text/format-text.ts'
export { canonicalJson } from './hash/canonical-json.ts'
export { contentHash, sha256Hex } from './hash/content-hash.ts'
export {
  parseQuantity,
  fromSI,
  quantityPattern,
  type Quantity,
  type QuantityError,
} from './units/quantity.ts'
export { units, canonicalUnit, type UnitDefinition } from './units/units.ts'
export { dimensions, describeDimension, type Dimension, type DimensionName } from './units/dimension.ts'
export {
  setup,
  defineScenario,
  type NameDeclarations,
  type ScenarioSetup,
  type TypedScenarioInput,
} from './builder/setup.ts'
export { scenarioJsonSchema } from './docs/json-schema.ts'
export { scenarioReference, namedNodes } from './docs/reference.ts'
export type { ProblemCode, Path, Ref } from './kit/index.ts'
export { nodeKinds, nodeKindsUsed } from './docs/node-kinds.ts'
