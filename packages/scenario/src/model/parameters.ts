import { object, optional, s } from '../kit/index.ts'

/** A safety number of the rule set, with its unit and source; a provider may override it at launch. */
export const parameter = object('Parameter', {
  id: s.id('parameter').describe('Unique id of the parameter.'),
  unit: s
    .string()
    .describe(
      'Unit in which the parameter is written and displayed (e.g. "ft", "ppm"); gives its dimension.',
    ),
  default: s.anyQuantity().describe('Default value (e.g. "6 ft"); must have the dimension of unit.'),
  min: optional(s.anyQuantity().describe('Lowest allowed value, for overrides too.')),
  max: optional(s.anyQuantity().describe('Highest allowed value, for overrides too.')),
  source: s.string().describe('Citation of the rule behind the number (e.g. "OSHA 29 CFR 1926.501(b)(1)").'),
  description: optional(
    s.string().describe('What the number means, for designers and the generated README table.'),
  ),
}).describe('A declared parameter.')

/** The rule set the scenario follows. */
export const ruleSet = object('RuleSet', {
  id: s.string().describe('Short id of the rule set (e.g. "osha-1910.147").'),
  title: s.string().describe('Its full title.'),
  uri: optional(
    s.string({ regex: '^[a-z][a-z0-9+.-]*:.+$', explain: 'an absolute URI' }).describe('Where to read it.'),
  ),
}).describe('The rule set (regulation or standard) the scenario follows.')
