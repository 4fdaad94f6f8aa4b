import type { DimensionName } from '../units/dimension.ts'
import { ArraySchema, RecordSchema, TupleSchema } from './collections.ts'
import { BooleanSchema, EnumSchema, NumberSchema, StringSchema } from './primitives.ts'
import { AnyQuantitySchema, QuantitySchema } from './quantity.ts'
import { AssetSchema, IdSchema, RefSchema } from './references.ts'
import type { AnySchema, Schema } from './schema.ts'
import { KeyedUnionSchema, LazySchema, TaggedUnionSchema } from './unions.ts'
import type { ObjectSchema, Shape } from './object.ts'

export { object, ObjectSchema, type ObjectInput, type ObjectOutput, type Shape } from './object.ts'
export { optional, withDefault, OptionalSchema } from './optional.ts'
export { ArraySchema, RecordSchema, TupleSchema } from './collections.ts'
export { BooleanSchema, EnumSchema, NumberSchema, StringSchema } from './primitives.ts'
export { AnyQuantitySchema, QuantitySchema, type QuantityInput } from './quantity.ts'
export { AssetSchema, IdSchema, RefSchema, type Ref, type RefKindOf } from './references.ts'
export { KeyedUnionSchema, LazySchema, TaggedUnionSchema } from './unions.ts'
export * from './schema.ts'
export { JsonSchemaGenerator, toJsonSchemaDocument, type JsonSchemaNode } from './json-schema.ts'

/** Small constructors, so the model reads like a grammar. */
export const s = {
  string: (pattern?: { regex: string; explain: string }) => new StringSchema(pattern, pattern ? 0 : 1),
  number: (options: { integer?: boolean; min?: number; max?: number } = {}) => new NumberSchema(options),
  boolean: () => new BooleanSchema(),
  enum: <const T extends string | number>(values: readonly T[]) => new EnumSchema<T>(values),
  anyQuantity: () => new AnyQuantitySchema(),
  quantity: (dimension: DimensionName, range: { min?: number; max?: number } = {}) =>
    new QuantitySchema(dimension, range),
  id: <K extends string>(kind: K) => new IdSchema(kind),
  ref: <K extends string>(...kinds: K[]) => new RefSchema<K>(...kinds),
  asset: (...extensions: string[]) => new AssetSchema(extensions),
  array: <S extends AnySchema>(item: S, minItems = 0) => new ArraySchema(item, minItems),
  tuple: <const T extends readonly AnySchema[]>(...items: T) => new TupleSchema<T>(items),
  record: <S extends AnySchema>(key: { regex: string; explain: string }, value: S) =>
    new RecordSchema(key, value),
  keyed: <V extends Record<string, AnySchema>, S extends AnySchema | undefined = undefined>(
    name: string,
    variants: V,
    scalar?: S,
  ) => new KeyedUnionSchema<V, S>(name, variants, scalar),
  tagged: <T extends string, V extends Record<string, ObjectSchema<Shape>>>(
    name: string,
    tag: T,
    variants: V,
  ) => new TaggedUnionSchema(name, tag, variants),
  lazy: <In, Out>(name: string, get: () => Schema<In, Out>) => new LazySchema<In, Out>(name, get),
}
