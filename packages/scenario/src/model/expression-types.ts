import type { Ref } from '../kit/index.ts'

/** A comparison between two numeric expressions. */
export type ComparisonOperator = 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne'

/**
 * A numeric expression as an author writes it: a number (SI), a quantity (`"10 ppm"`) or one
 * single-key mapping. Units are checked statically: only like dimensions add or compare.
 */
export type NumberExpressionInput =
  | number
  | string
  | { param: Ref<'parameter'> }
  | { state: Ref<'state'> }
  | { reading: Ref<'reading'> }
  | { elapsed: { since?: Ref<'step'> } }
  | { add: NumberExpressionInput[] }
  | { sub: [NumberExpressionInput, NumberExpressionInput] }
  | { mul: NumberExpressionInput[] }
  | { div: [NumberExpressionInput, NumberExpressionInput] }
  | { neg: NumberExpressionInput }
  | { min: NumberExpressionInput[] }
  | { max: NumberExpressionInput[] }
  | { clamp: { value: NumberExpressionInput; min: NumberExpressionInput; max: NumberExpressionInput } }
  | { table: { input: NumberExpressionInput; points: [number | string, number | string][] } }
  | {
      approach: {
        target: NumberExpressionInput
        timeConstant: number | string
        initial: NumberExpressionInput
      }
    }
  | { heightAbove: { subject: Ref<'object' | 'person' | 'learner'>; floor?: Ref<'zone'> } }
  | { distance: { from: Ref<'object' | 'person' | 'learner'>; to: Ref<'object' | 'person' | 'learner'> } }
  | { jointAngle: Ref<'joint'> }
  | { jointPosition: Ref<'joint'> }
  | { if: { condition: ConditionInput; then: NumberExpressionInput; else: NumberExpressionInput } }

/** A validated numeric expression: quantities are SI numbers. */
export type NumberExpression =
  | number
  | { param: string }
  | { state: string }
  | { reading: string }
  | { elapsed: { since?: string } }
  | { add: NumberExpression[] }
  | { sub: [NumberExpression, NumberExpression] }
  | { mul: NumberExpression[] }
  | { div: [NumberExpression, NumberExpression] }
  | { neg: NumberExpression }
  | { min: NumberExpression[] }
  | { max: NumberExpression[] }
  | { clamp: { value: NumberExpression; min: NumberExpression; max: NumberExpression } }
  | { table: { input: NumberExpression; points: [number, number][] } }
  | { approach: { target: NumberExpression; timeConstant: number; initial: NumberExpression } }
  | { heightAbove: { subject: string; floor?: string } }
  | { distance: { from: string; to: string } }
  | { jointAngle: string }
  | { jointPosition: string }
  | { if: { condition: Condition; then: NumberExpression; else: NumberExpression } }

/** A condition as an author writes it: `true`, `false` or one single-key mapping. */
export type ConditionInput =
  | boolean
  | { all: ConditionInput[] }
  | { any: ConditionInput[] }
  | { not: ConditionInput }
  | {
      [Op in ComparisonOperator]: { [P in Op]: [NumberExpressionInput, NumberExpressionInput] }
    }[ComparisonOperator]
  | { inZone: { subject: Ref<'object' | 'person' | 'learner'>; zone: Ref<'zone'> } }
  | {
      within: {
        from: Ref<'object' | 'person' | 'learner'>
        to: Ref<'object' | 'person' | 'learner'>
        distance: number | string
      }
    }
  | { attached: { object: Ref<'object'>; to: Ref<'interactable'> } }
  | { worn: { item: Ref<'object'> } }
  | { held: { object: Ref<'object'> } }
  | { stepDone: Ref<'step'> }
  | { flag: Ref<'state'> }
  | { stateIs: { state: Ref<'state'>; value: string } }
  | { energy: { source: Ref<'energy'>; is: 'live' | 'isolated' | 'released' } }
  | { personState: { person: Ref<'person'>; is: string } }
  | { hazardLive: Ref<'hazard'> }
  | { faultActive: Ref<'fault'> }
  | { mode: 'practice' | 'assessment' }
  | {
      rayHits: {
        from: Ref<'object'>
        direction: [number, number, number]
        target: Ref<'object'>
        within: NumberExpressionInput
      }
    }
  | { facing: Ref<'object' | 'person'> }

/** A validated condition. */
export type Condition =
  | boolean
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { [Op in ComparisonOperator]: { [P in Op]: [NumberExpression, NumberExpression] } }[ComparisonOperator]
  | { inZone: { subject: string; zone: string } }
  | { within: { from: string; to: string; distance: number } }
  | { attached: { object: string; to: string } }
  | { worn: { item: string } }
  | { held: { object: string } }
  | { stepDone: string }
  | { flag: string }
  | { stateIs: { state: string; value: string } }
  | { energy: { source: string; is: 'live' | 'isolated' | 'released' } }
  | { personState: { person: string; is: string } }
  | { hazardLive: string }
  | { faultActive: string }
  | { mode: 'practice' | 'assessment' }
  | {
      rayHits: { from: string; direction: [number, number, number]; target: string; within: NumberExpression }
    }
  | { facing: string }
