/** A statement template rule (xAPI Profiles §9.3). */
export interface TemplateRule {
  location: string
  selector?: string
  presence?: 'included' | 'excluded' | 'recommended'
  any?: unknown[]
  all?: unknown[]
  none?: unknown[]
  scopeNote?: Record<string, string>
}

/** A statement template (xAPI Profiles §9): determining properties, then rules. */
export interface StatementTemplate {
  id: string
  type: 'StatementTemplate'
  verb?: string
  objectActivityType?: string
  contextGroupingActivityType?: string[]
  contextParentActivityType?: string[]
  contextOtherActivityType?: string[]
  contextCategoryActivityType?: string[]
  attachmentUsageType?: string[]
  objectStatementRefTemplate?: string[]
  contextStatementRefTemplate?: string[]
  rules?: TemplateRule[]
}

/** A pattern (xAPI Profiles §10): exactly one of sequence, alternates, optional, oneOrMore, zeroOrMore. */
export interface ProfilePattern {
  id: string
  type: 'Pattern'
  primary?: boolean
  sequence?: string[]
  alternates?: string[]
  optional?: string
  oneOrMore?: string
  zeroOrMore?: string
}

/** The parts of a profile document the matcher reads. */
export interface ProfileDocument {
  id: string
  templates?: StatementTemplate[]
  patterns?: ProfilePattern[]
}
