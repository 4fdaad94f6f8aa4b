/** The version of the core; a recording made under another version cannot be verified. Kept equal to package.json by a test. */
export const simVersion = '0.1.0'
