export {
  practicumNamespace,
  profileIri,
  profileVersionIri,
  verbs,
  activityTypes,
  extensions,
  recordingUsageType,
} from './iris.ts'
