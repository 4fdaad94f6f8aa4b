import type { MirrorLabels } from '../a11y/accessible-mirror.tsx'

/** The words of the in-world panel itself; the scenario's own words come from its messages. */
export interface PanelText {
  instruction: string
  checklist: string
  /** Read after a checklist item that is done (words as well as the filled box). */
  done: string
  hazards: string
  hazard: (name: string) => string
  timer: (time: string) => string
  language: string
  textSize: string
  smaller: string
  larger: string
  caption: (text: string) => string
  hint: (text: string) => string
  choices: { hint: string; finish: string }
  outcome: { passed: string; failed: string }
  pause: string
  resume: string
}

/** The words of the desktop page around the scene (heads-up display and pause control). */
export interface HudText {
  controls: string
  outcome: { passed: string; failed: string }
  pause: string
  resume: string
  /** The page's display controls: a group name, text size buttons and the language choice. */
  display: string
  smaller: string
  larger: string
  language: string
}

/** Every word the runtime says of its own, in one locale. */
export interface RuntimeText {
  locale: string
  mirror: MirrorLabels
  panel: PanelText
  hud: HudText
}

const en: RuntimeText = {
  locale: 'en',
  mirror: {
    interactables: 'Things you can act on',
    reach: (name) => `Reach for ${name}`,
    lookAt: (name) => `Look at ${name}`,
    grip: 'Grip',
    trigger: 'Trigger',
    hazard: (name) => `Hazard: ${name}`,
    caption: (text) => `Sound: ${text}`,
    twistLeft: 'Twist hand a quarter turn counter-clockwise',
    twistRight: 'Twist hand a quarter turn clockwise',
    handRest: 'Bring hand back',
    handFace: 'Bring hand to your face',
    handBody: 'Bring hand to your body',
    step: { forward: 'Step forward', back: 'Step back', left: 'Step left', right: 'Step right' },
    walkTo: (name) => `Walk into ${name}`,
    walkBack: 'Walk back to the start',
    hint: 'Hint',
    finish: 'Finish the attempt now',
    moves: 'Moves',
    refusals: {
      'nothing-in-reach': 'Nothing within reach of your hand: reach for a thing first.',
      'no-line-of-sight': 'You cannot see it from here.',
      'out-of-range': 'Too far away: come closer.',
      'hand-full': 'Your hand is already holding something.',
      'not-held': 'Your hand holds nothing to let go.',
      'attach-out-of-tolerance': 'Not close enough to its place: bring it nearer.',
      'attach-not-accepted': 'That does not go there.',
      'attach-full': 'That place is already taken.',
      'needs-two-hands': 'It needs both hands.',
      'attempt-ended': 'The attempt is over.',
      'unknown-choice': 'That choice is not offered now.',
      'no-way-there': 'No way up or down from here: go to the foot of the ladder.',
      'hands-full': 'Climb with both hands free (three points of contact): set down what you hold.',
    },
  },
  panel: {
    instruction: 'Now',
    checklist: 'Procedure',
    done: 'done',
    hazards: 'Hazards',
    hazard: (name) => `Hazard: ${name}`,
    timer: (time) => `Time ${time}`,
    language: 'Language',
    textSize: 'Text size',
    smaller: 'Smaller',
    larger: 'Larger',
    caption: (text) => `Sound: ${text}`,
    hint: (text) => `Hint: ${text}`,
    choices: { hint: 'Hint', finish: 'Finish' },
    outcome: { passed: 'Attempt passed', failed: 'Attempt failed' },
    pause: 'Pause',
    resume: 'Resume',
  },
  hud: {
    controls:
      'WASD walk · Q/E turn · drag to look · click an object to reach it · right-click or G grip · Space trigger',
    outcome: { passed: 'Attempt passed', failed: 'Attempt failed' },
    pause: 'Pause (Esc)',
    resume: 'Resume (Esc)',
    display: 'Display',
    smaller: 'Smaller text',
    larger: 'Larger text',
    language: 'Language',
  },
}

const fr: RuntimeText = {
  locale: 'fr',
  mirror: {
    interactables: 'Ce sur quoi vous pouvez agir',
    reach: (name) => `Atteindre : ${name}`,
    lookAt: (name) => `Regarder : ${name}`,
    grip: 'Saisir',
    trigger: 'Gâchette',
    hazard: (name) => `Danger : ${name}`,
    caption: (text) => `Son : ${text}`,
    twistLeft: 'Tourner la main d’un quart de tour à gauche',
    twistRight: 'Tourner la main d’un quart de tour à droite',
    handRest: 'Ramener la main',
    handFace: 'Porter la main au visage',
    handBody: 'Porter la main au corps',
    step: {
      forward: 'Faire un pas en avant',
      back: 'Faire un pas en arrière',
      left: 'Faire un pas à gauche',
      right: 'Faire un pas à droite',
    },
    walkTo: (name) => `Aller dans : ${name}`,
    walkBack: 'Revenir au départ',
    hint: 'Conseil',
    finish: 'Terminer l’essai maintenant',
    moves: 'Déplacements',
    refusals: {
      'nothing-in-reach': 'Rien à portée de main : atteignez d’abord un objet.',
      'no-line-of-sight': 'Vous ne le voyez pas d’ici.',
      'out-of-range': 'Trop loin : approchez-vous.',
      'hand-full': 'Votre main tient déjà quelque chose.',
      'not-held': 'Votre main ne tient rien à lâcher.',
      'attach-out-of-tolerance': 'Pas assez près de sa place : approchez-le.',
      'attach-not-accepted': 'Cela ne va pas là.',
      'attach-full': 'Cette place est déjà prise.',
      'needs-two-hands': 'Il faut les deux mains.',
      'attempt-ended': 'L’essai est terminé.',
      'unknown-choice': 'Ce choix n’est pas proposé maintenant.',
      'no-way-there': 'Aucun passage pour monter ou descendre d’ici : allez au pied de l’échelle.',
      'hands-full': 'Montez les mains libres (trois points d’appui) : posez ce que vous tenez.',
    },
  },
  panel: {
    instruction: 'À faire',
    checklist: 'Procédure',
    done: 'fait',
    hazards: 'Dangers',
    hazard: (name) => `Danger : ${name}`,
    timer: (time) => `Temps ${time}`,
    language: 'Langue',
    textSize: 'Taille du texte',
    smaller: 'Plus petit',
    larger: 'Plus grand',
    caption: (text) => `Son : ${text}`,
    hint: (text) => `Conseil : ${text}`,
    choices: { hint: 'Conseil', finish: 'Terminer' },
    outcome: { passed: 'Essai réussi', failed: 'Essai échoué' },
    pause: 'Pause',
    resume: 'Reprendre',
  },
  hud: {
    controls:
      'WASD marcher · Q/E tourner · glisser pour regarder · cliquer un objet pour l’atteindre · clic droit ou G saisir · Espace gâchette',
    outcome: { passed: 'Essai réussi', failed: 'Essai échoué' },
    pause: 'Pause (Échap)',
    resume: 'Reprendre (Échap)',
    display: 'Affichage',
    smaller: 'Texte plus petit',
    larger: 'Texte plus grand',
    language: 'Langue',
  },
}

const es: RuntimeText = {
  locale: 'es',
  mirror: {
    interactables: 'Objetos sobre los que puede actuar',
    reach: (name) => `Alcanzar: ${name}`,
    lookAt: (name) => `Mirar: ${name}`,
    grip: 'Agarrar',
    trigger: 'Gatillo',
    hazard: (name) => `Peligro: ${name}`,
    caption: (text) => `Sonido: ${text}`,
    twistLeft: 'Girar la mano un cuarto de vuelta a la izquierda',
    twistRight: 'Girar la mano un cuarto de vuelta a la derecha',
    handRest: 'Retirar la mano',
    handFace: 'Llevar la mano a la cara',
    handBody: 'Llevar la mano al cuerpo',
    step: {
      forward: 'Dar un paso adelante',
      back: 'Dar un paso atrás',
      left: 'Dar un paso a la izquierda',
      right: 'Dar un paso a la derecha',
    },
    walkTo: (name) => `Entrar en: ${name}`,
    walkBack: 'Volver al inicio',
    hint: 'Pista',
    finish: 'Terminar el intento ahora',
    moves: 'Movimientos',
    refusals: {
      'nothing-in-reach': 'Nada al alcance de la mano: alcance primero un objeto.',
      'no-line-of-sight': 'No lo ve desde aquí.',
      'out-of-range': 'Demasiado lejos: acérquese.',
      'hand-full': 'Su mano ya sostiene algo.',
      'not-held': 'Su mano no sostiene nada que soltar.',
      'attach-out-of-tolerance': 'No está lo bastante cerca de su sitio: acérquelo.',
      'attach-not-accepted': 'Eso no va ahí.',
      'attach-full': 'Ese sitio ya está ocupado.',
      'needs-two-hands': 'Hacen falta las dos manos.',
      'attempt-ended': 'El intento ha terminado.',
      'unknown-choice': 'Esa opción no se ofrece ahora.',
      'no-way-there': 'No hay paso para subir o bajar desde aquí: vaya al pie de la escalera.',
      'hands-full': 'Suba con las manos libres (tres puntos de apoyo): deje lo que sostiene.',
    },
  },
  panel: {
    instruction: 'Ahora',
    checklist: 'Procedimiento',
    done: 'hecho',
    hazards: 'Peligros',
    hazard: (name) => `Peligro: ${name}`,
    timer: (time) => `Tiempo ${time}`,
    language: 'Idioma',
    textSize: 'Tamaño del texto',
    smaller: 'Más pequeño',
    larger: 'Más grande',
    caption: (text) => `Sonido: ${text}`,
    hint: (text) => `Pista: ${text}`,
    choices: { hint: 'Pista', finish: 'Terminar' },
    outcome: { passed: 'Intento superado', failed: 'Intento no superado' },
    pause: 'Pausa',
    resume: 'Continuar',
  },
  hud: {
    controls:
      'WASD caminar · Q/E girar · arrastrar para mirar · clic en un objeto para alcanzarlo · clic derecho o G agarrar · Espacio gatillo',
    outcome: { passed: 'Intento superado', failed: 'Intento no superado' },
    pause: 'Pausa (Esc)',
    resume: 'Continuar (Esc)',
    display: 'Visualización',
    smaller: 'Texto más pequeño',
    larger: 'Texto más grande',
    language: 'Idioma',
  },
}

/** The locales the runtime speaks, each by its own words. */
export const runtimeLocales: Readonly<Record<string, RuntimeText>> = { en, fr, es }

/** Each locale's name in its own language, for the language choice. */
export const localeNames: Readonly<Record<string, string>> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
}

/**
 * The runtime's own words in `locale`: itself, else its language (`fr-CA` → `fr`), else English.
 *
 * @example
 * runtimeText('fr').panel.checklist // 'Procédure'
 */
export function runtimeText(locale: string): RuntimeText {
  return runtimeLocales[locale] ?? runtimeLocales[locale.split('-')[0] ?? ''] ?? en
}
