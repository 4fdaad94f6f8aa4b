/** The words of the page's own controls around the runtime: evidence, recording and VR. */
export interface PageText {
  download: string
  enterVR: string
  exitVR: string
  evidence: {
    off: string
    starting: string
    broken: (error: string) => string
    counts: (sent: number, queued: number) => string
    refused: (count: number) => string
    unreachable: (error: string) => string
  }
}

const en: PageText = {
  download: 'Download recording',
  enterVR: 'Enter VR',
  exitVR: 'Exit VR',
  evidence: {
    off: 'Evidence: not sent, no LRS in the launch (npm start prints an address with one). The recording can be downloaded.',
    starting: 'Evidence: opening the statement queue…',
    broken: (error) => `Evidence: ${error}. Download the recording to keep this attempt.`,
    counts: (sent, queued) => `Evidence: ${sent} sent, ${queued} queued`,
    refused: (count) => `${count} refused by the LRS and kept (see the browser console)`,
    unreachable: (error) =>
      `LRS unreachable (${error}): keep playing, nothing is lost; statements wait on this device and go when the LRS answers.`,
  },
}

const fr: PageText = {
  download: 'Télécharger l’enregistrement',
  enterVR: 'Entrer en VR',
  exitVR: 'Quitter la VR',
  evidence: {
    off: 'Traces : non envoyées, aucun LRS dans le lancement (npm start affiche une adresse qui en a un). L’enregistrement peut être téléchargé.',
    starting: 'Traces : ouverture de la file des déclarations…',
    broken: (error) => `Traces : ${error}. Téléchargez l’enregistrement pour garder cet essai.`,
    counts: (sent, queued) => `Traces : ${sent} ${sent > 1 ? 'envoyées' : 'envoyée'}, ${queued} en attente`,
    refused: (count) =>
      `${count} ${count > 1 ? 'refusées' : 'refusée'} par le LRS et ${count > 1 ? 'gardées' : 'gardée'} (voir la console du navigateur)`,
    unreachable: (error) =>
      `LRS injoignable (${error}) : continuez, rien n’est perdu ; les déclarations attendent sur cet appareil et partent quand le LRS répond.`,
  },
}

const es: PageText = {
  download: 'Descargar la grabación',
  enterVR: 'Entrar en RV',
  exitVR: 'Salir de la RV',
  evidence: {
    off: 'Evidencias: no enviadas, no hay LRS en el lanzamiento (npm start muestra una dirección con uno). La grabación se puede descargar.',
    starting: 'Evidencias: abriendo la cola de declaraciones…',
    broken: (error) => `Evidencias: ${error}. Descargue la grabación para conservar este intento.`,
    counts: (sent, queued) => `Evidencias: ${sent} ${sent === 1 ? 'enviada' : 'enviadas'}, ${queued} en cola`,
    refused: (count) =>
      `${count} ${count === 1 ? 'rechazada' : 'rechazadas'} por el LRS y ${count === 1 ? 'conservada' : 'conservadas'} (vea la consola del navegador)`,
    unreachable: (error) =>
      `LRS inaccesible (${error}): siga, no se pierde nada; las declaraciones esperan en este dispositivo y se envían cuando el LRS responda.`,
  },
}

const byLocale: Record<string, PageText> = { en, fr, es }

/** The page's words in `locale`, English where the page has none in it. */
export function pageText(locale: string): PageText {
  return byLocale[locale] ?? byLocale[locale.split('-')[0] ?? ''] ?? en
}
