import type { OutputOf } from '../kit/index.ts'
import type { assessment, competency, criticalError, evidence, feedback } from './assessment.ts'
import type { climb, handsFree } from './climbs.ts'
import type { fallArrest } from './fall-arrest.ts'
import type { fault, faultEffect, faultTrigger } from './faults.ts'
import type { consequence, exposure, hazard, hazardArea } from './hazards.ts'
import type { interactable, reading } from './interactables.ts'
import type { interaction } from './interaction.ts'
import type { parameter, ruleSet } from './parameters.ts'
import type { learnerBody, person, personTransition, sound } from './people.ts'
import type { procedure, step } from './procedure.ts'
import type { appearance, body, joint, physics, sceneObject, shape, zone } from './scene.ts'
import type { energySource, rule, stateVariable } from './state.ts'
import type { message } from './text.ts'
import type { transform } from './common.ts'

/** A validated scene object. */
export type SceneObject = OutputOf<typeof sceneObject>
/** How a validated object is drawn from the core's state (its scale expression, its colour). */
export type Appearance = OutputOf<typeof appearance>
/** A validated shape (primitive or glTF model). */
export type Shape = OutputOf<typeof shape>
/** A validated physics body. */
export type Body = OutputOf<typeof body>
/** A validated transform (SI: metres, radians). */
export type Transform = OutputOf<typeof transform>
/** A validated joint. */
export type Joint = OutputOf<typeof joint>
/** A validated sensor zone. */
export type Zone = OutputOf<typeof zone>
/** Validated physics settings. */
export type PhysicsSettings = OutputOf<typeof physics>
/** Validated fall-arrest settings: falls as a dynamic body on rope joints. */
export type FallArrest = OutputOf<typeof fallArrest>
/** A validated interactable. */
export type Interactable = OutputOf<typeof interactable>
/** Validated reach and tolerances of grabbing and attaching (SI: metres). */
export type InteractionSettings = OutputOf<typeof interaction>
/** A validated instrument reading. */
export type Reading = OutputOf<typeof reading>
/** A validated state variable. */
export type StateVariable = OutputOf<typeof stateVariable>
/** A validated energy source. */
export type EnergySource = OutputOf<typeof energySource>
/** A validated rule. */
export type Rule = OutputOf<typeof rule>
/** A validated hazard. */
export type Hazard = OutputOf<typeof hazard>
/** Where a hazard acts. */
export type HazardArea = OutputOf<typeof hazardArea>
/** What exposure means for a hazard. */
export type Exposure = OutputOf<typeof exposure>
/** The consequence of an exposure. */
export type Consequence = OutputOf<typeof consequence>
/** A validated procedure. */
export type Procedure = OutputOf<typeof procedure>
/** A validated step. */
export type Step = OutputOf<typeof step>
/** A validated fault. */
export type Fault = OutputOf<typeof fault>
/** When a fault shows itself. */
export type FaultTrigger = OutputOf<typeof faultTrigger>
/** What a fault does. */
export type FaultEffect = OutputOf<typeof faultEffect>
/** Validated assessment settings. */
export type Assessment = OutputOf<typeof assessment>
/** A competency. */
export type Competency = OutputOf<typeof competency>
/** An evidence mapping. */
export type Evidence = OutputOf<typeof evidence>
/** A critical error. */
export type CriticalError = OutputOf<typeof criticalError>
/** End-of-attempt feedback. */
export type Feedback = OutputOf<typeof feedback>
/** A scripted person. */
export type Person = OutputOf<typeof person>
/** A scripted state change of a person. */
export type PersonTransition = OutputOf<typeof personTransition>
/** The learner's body. */
export type LearnerBody = OutputOf<typeof learnerBody>
/** A sound with a caption. */
export type Sound = OutputOf<typeof sound>
/** A translatable message. */
export type Message = OutputOf<typeof message>
/** A declared parameter (default, min and max in SI). */
export type Parameter = OutputOf<typeof parameter>
/** The rule set followed. */
export type RuleSet = OutputOf<typeof ruleSet>
/** A validated climb between two levels (a ladder). */
export type Climb = OutputOf<typeof climb>
/** What a validated climb asks of the learner's hands. */
export type HandsFree = OutputOf<typeof handsFree>
