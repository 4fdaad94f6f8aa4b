import { describe, expect, it } from 'vitest'
import { nodeKinds, nodeKindsUsed, parseScenario } from '@practicum/scenario'
import { fixtureText } from './support/fixtures.ts'

describe('the every-node fixture', () => {
  it('uses every kind of node of the schema (every property of every object, every variant of every choice)', () => {
    const { data } = parseScenario(fixtureText('valid', 'every-node.yaml'))
    const used = new Set(nodeKindsUsed(data))
    const all = nodeKinds()
    expect(all.length).toBeGreaterThan(250)
    expect(all.filter((kind) => !used.has(kind))).toEqual([])
  })

  it('counts a node kind only when the document uses it', () => {
    const used = nodeKindsUsed({ schemaVersion: 2, hazards: [{ where: { zone: 'a' } }] })
    expect(used).toContain('HazardArea:zone')
    expect(used).not.toContain('HazardArea:proximity')
  })
})
