/**
 * The panel's colours. Hazards are amber on dark (told apart from the blue of sounds by people with
 * any common colour-vision deficiency) and never by colour alone: each kind has its own shape.
 */
export const panelColors = {
  background: '#14171d',
  text: '#f2f2f2',
  muted: '#9aa3b2',
  button: '#2b313c',
  hover: '#3c4453',
  selected: '#4a5568',
  hazard: '#ffb000',
  onHazard: '#14171d',
  sound: '#7cc4ff',
  done: '#7cc4ff',
} as const
