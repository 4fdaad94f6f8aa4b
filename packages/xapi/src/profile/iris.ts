/** The one namespace the project mints IRIs under (a w3id.org permanent identifier). */
export const practicumNamespace = 'https://w3id.org/practicum/'

/** The profile's IRI and the IRI of its current version (statements name it in context.contextActivities.category). */
export const profileIri = `${practicumNamespace}xapi/profile`
/** The profile version IRI; bump with every change to the concepts, templates or patterns. */
export const profileVersionIri = `${practicumNamespace}xapi/profile/v1.0`

/** Verbs: ADL's where they fit, minted under the namespace where none does. */
export const verbs = {
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  /** Virtual Patient profile's verb: an expected action that did not happen (a skipped step). */
  ignored: 'https://w3id.org/xapi/dod-isd/verbs/ignored',
  exposedTo: `${practicumNamespace}xapi/verbs/exposed-to`,
  controlled: `${practicumNamespace}xapi/verbs/controlled`,
  committed: `${practicumNamespace}xapi/verbs/committed`,
  hinted: `${practicumNamespace}xapi/verbs/received-hint`,
  read: `${practicumNamespace}xapi/verbs/read`,
} as const

/** Activity types of the profile. */
export const activityTypes = {
  scenario: `${practicumNamespace}xapi/activity-types/scenario`,
  step: `${practicumNamespace}xapi/activity-types/step`,
  hazard: `${practicumNamespace}xapi/activity-types/hazard`,
  competency: `${practicumNamespace}xapi/activity-types/competency`,
  instrument: `${practicumNamespace}xapi/activity-types/instrument`,
  criticalError: `${practicumNamespace}xapi/activity-types/critical-error`,
  hint: `${practicumNamespace}xapi/activity-types/hint`,
  /** ADL's type of a profile activity (the category that names the profile). */
  profile: 'http://adlnet.gov/expapi/activities/profile',
} as const

/** Extensions of the profile. */
export const extensions = {
  /** context: the attempt's id (a UUID). */
  attempt: `${practicumNamespace}xapi/extensions/attempt`,
  /** context: the fixed step the event happened at. */
  simStep: `${practicumNamespace}xapi/extensions/sim-step`,
  /** context: the seed of the case. */
  seed: `${practicumNamespace}xapi/extensions/seed`,
  /** context: practice or assessment. */
  mode: `${practicumNamespace}xapi/extensions/mode`,
  /** context: the scenario's content hash (sha-256 hex). */
  contentHash: `${practicumNamespace}xapi/extensions/content-hash`,
  /** result: the evidence a competency result rests on. */
  evidence: `${practicumNamespace}xapi/extensions/evidence`,
  /** result: the critical errors of an attempt. */
  criticalErrors: `${practicumNamespace}xapi/extensions/critical-errors`,
  /** result: why an attempt ended. */
  endReason: `${practicumNamespace}xapi/extensions/end-reason`,
  /** result: why a step failed, or a hazard exposure's severity and outcome. */
  reason: `${practicumNamespace}xapi/extensions/reason`,
  /** result: an instrument's readings. */
  readings: `${practicumNamespace}xapi/extensions/readings`,
  /** result: whether a step was completed in the procedure's order. */
  inOrder: `${practicumNamespace}xapi/extensions/in-order`,
  /** result: the recording's checksum. */
  recordingChecksum: `${practicumNamespace}xapi/extensions/recording-checksum`,
} as const

/** The attachment usage type of an attempt's recording (replay it with `practicum replay`). */
export const recordingUsageType = `${practicumNamespace}xapi/attachments/recording`
