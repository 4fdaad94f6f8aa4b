export { evaluateJsonPath } from './json-path.ts'
export { matchTemplate, ruleProblem, type TemplateMatch } from './match-template.ts'
export { matchProfile, type ProfileMatch } from './match-pattern.ts'
export type { ProfileDocument, ProfilePattern, StatementTemplate, TemplateRule } from './profile-types.ts'
