export {
  createStatementMapper,
  mapAttempt,
  type StatementMapper,
  type StatementMapperOptions,
} from './statement-mapper.ts'
export { learnerByAccount, learnerByMbox } from './learner.ts'
export { recordingAttachment } from './recording-attachment.ts'
export { scenarioActivityId, competencyActivityId, defaultActivityBase } from './activities.ts'
