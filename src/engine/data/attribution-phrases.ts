// Data: the wording of attribution and coverage blocks that aggregators print around a republished story,
// in English, German, French and Spanish. A line pattern matches from the start of a block's text and
// captures the outlet it names; a heading pattern is a block's whole text (trailing punctuation aside).

/** Lines that send the reader to the original outlet: "Originally published on The Guardian". */
export const SENDS_TO_ORIGINAL: readonly RegExp[] = [
  // en
  /^(?:this (?:article|story|post|piece|report) (?:was |has been )?|it was )?(?:originally|first) (?:published|appeared|posted|ran) (?:on|in|at|by|with)\s+(.+)$/i,
  /^(?:read|see|view) (?:the )?(?:full|whole|complete|original|rest of the) (?:story|article|report|post)(?: here)? (?:at|on|via)\s+(.+)$/i,
  /^(?:read|continue reading|keep reading|read more) (?:it |this )?(?:at|on)\s+(.+)$/i,
  // de
  /^(?:dieser |der )?(?:artikel|beitrag|text) (?:ist |erschien |wurde )?(?:ursprünglich|zuerst|erstmals) (?:erschienen |veröffentlicht )?(?:bei|auf|in|von)\s+(.+)$/i,
  /^(?:ursprünglich|zuerst|erstmals) (?:erschienen|veröffentlicht) (?:bei|auf|in|von)\s+(.+)$/i,
  /^(?:den )?(?:ganzen|vollständigen|kompletten|originalen) (?:artikel|beitrag|text) (?:lesen(?: sie)? )?(?:bei|auf)\s+(.+)$/i,
  /^weiterlesen (?:bei|auf)\s+(.+)$/i,
  // fr
  /^(?:cet article (?:a été |est )?)?(?:publié initialement|initialement publié|publié à l['\u2019]origine|d['\u2019]abord publié|paru initialement|initialement paru) (?:sur|dans|par)\s+(.+)$/i,
  /^lire (?:la suite|l['\u2019]article(?: complet| original)?|l['\u2019]intégralité(?: de l['\u2019]article)?) (?:sur|chez)\s+(.+)$/i,
  // es
  /^(?:(?:este artículo|esta noticia|esta nota) (?:fue |se )?)?(?:publicad[oa] (?:originalmente|primero|por primera vez)|originalmente publicad[oa]|publicó (?:originalmente|primero)|apareció (?:originalmente|primero)) (?:en|por)\s+(.+)$/i,
  /^(?:lee|leer|lea) (?:la noticia|el artículo|la nota|el texto)(?: completo| completa| original)? en\s+(.+)$/i,
  /^(?:seguir|sigue) leyendo en\s+(.+)$/i,
];

/** Lines naming the aggregator's curator: "Curated by Jane Doe", "Kuratiert von der Redaktion". */
export const CURATOR_LINES: readonly RegExp[] = [
  /^(?:story |stories |news )?curated by\s+(.+)$/i,
  /^kuratiert von\s+(.+)$/i,
  /^(?:sélection|sélectionné|curation) (?:par|de)\s+(.+)$/i,
  /^(?:curado|seleccionado|seleccionada) por\s+(.+)$/i,
];

/** Headings of "who else covered this" widgets, followed by a list of outlets. */
export const COVERAGE_HEADINGS: readonly RegExp[] = [
  /^(?:more|full|other|see full|view full|see all|view all) coverage(?: (?:of|on) this (?:story|topic))?$/i,
  /^who else (?:covered|is covering|reported(?: on)?) this(?: story)?$/i,
  /^(?:also|as) (?:covered|reported) by$/i,
  /^(?:coverage|reporting) from (?:\d+|other|more) (?:sources|outlets|publishers)$/i,
  /^(?:\d+ )?(?:more|other) (?:sources|outlets)$/i,
  /^(?:weitere|mehr|vollständige|alle) (?:berichterstattung|quellen|berichte (?:zum thema|zu diesem thema|anderer medien))$/i,
  /^wer (?:sonst|noch|außerdem) (?:darüber |davon )?berichtet(?: hat)?$/i,
  /^(?:couverture complète|plus de couverture(?: sur ce sujet| de cette actualité)?|autres sources|d['\u2019]autres médias en parlent)$/i,
  /^qui d['\u2019]autre en parle$/i,
  /^(?:cobertura completa|más cobertura(?: (?:de|sobre) (?:esta noticia|este tema))?|otras fuentes|otros medios)$/i,
  /^quién más (?:lo|la) (?:cubrió|cubre|contó|informó)$/i,
];

/** Headings of video rails: "Watch more", "Videos for you". */
export const VIDEO_HEADINGS: readonly RegExp[] = [
  /^(?:watch more|watch next|more videos|top videos|latest videos|videos? for you|related videos|trending videos)$/i,
  /^(?:weitere|mehr|neueste|aktuelle) videos$|^videos für (?:sie|dich)$/i,
  /^(?:plus de vidéos|autres vidéos|vidéos (?:pour vous|recommandées|à (?:voir|ne pas manquer)))$/i,
  /^(?:más (?:videos|vídeos)|(?:videos|vídeos) (?:para ti|para usted|recomendados|relacionados))$/i,
];

/** Recommendation headings: "Recommended for you", "Empfohlen für Sie". */
export const RECOMMENDATION_HEADINGS: readonly RegExp[] = [
  /^(?:recommended|suggested|picked|selected) (?:for you|stories for you|for you today)$/i,
  /^(?:empfohlen für (?:sie|dich)|für (?:sie|dich) empfohlen|empfehlungen für (?:sie|dich)|unsere empfehlungen)$/i,
  /^(?:recommandé(?:e|s|es)? pour (?:vous|toi)|nos recommandations|sélectionné pour vous)$/i,
  /^(?:recomendad[oa]s? para (?:ti|usted)|nuestras recomendaciones|seleccionado para ti)$/i,
];
