const box = {
  maxWidth: 720,
  margin: '48px auto',
  padding: '16px 24px',
  background: '#3a1f22',
  border: '2px solid #e06c75',
  borderRadius: 8,
  lineHeight: 1.5,
} as const

/** The page cannot start: what is wrong, each thing on its own line, and what to do. */
export function LaunchError({ title, problems }: { title: string; problems: readonly string[] }) {
  return (
    <main style={box} role="alert" data-testid="launch-error">
      <h1 style={{ fontSize: 20, marginTop: 0 }}>{title}</h1>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p>
        Fix the address and reload. Without any query the page plays lockout-tagout with no LRS;{' '}
        <code>npm start</code> prints an address that already carries its LRS.
      </p>
    </main>
  )
}
