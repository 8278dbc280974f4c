/**
 * Every word readers see, in Welsh. Same shape as the British English catalogue (`satisfies
 * Catalogue`), written for Welsh rather than translated word for word: the forms of address and
 * terms follow Welsh public-sector use (Llywodraeth Cymru, GIG Cymru), and words that sit next to
 * the trust's own words take the mutation they cause (./welsh/). Read through
 * `wordsFor('cy-GB')` (./index.ts), never imported directly. A qualified translator should review
 * changes, as NHS England's translation framework asks.
 */

import type { Catalogue } from './en-GB.ts';
import { inFull, readAbout } from './welsh/link-words.ts';
import { withAg } from './welsh/mutations.ts';
import { contactName, list, strategyOf, strategyWithYears } from './welsh/sentence-words.ts';

/** File formats beside a download: the description in Welsh, the product's own name kept. */
const fileFormats: Record<string, string> = {
  pdf: 'PDF',
  doc: 'Dogfen MS Word',
  docx: 'Dogfen MS Word',
  xls: 'Taenlen MS Excel',
  xlsx: 'Taenlen MS Excel',
  ppt: 'Cyflwyniad MS PowerPoint',
  pptx: 'Cyflwyniad MS PowerPoint',
  odt: 'Testun OpenDocument',
  ods: 'Taenlen OpenDocument',
  odp: 'Cyflwyniad OpenDocument',
  csv: 'CSV',
  txt: 'Testun plaen',
  rtf: 'Fformat Testun Cyfoethog (RTF)',
  mp3: 'Sain MP3',
  mp4: 'Fideo MP4',
  zip: 'Archif ZIP',
};

/** "Wedi codi o", "Wedi gostwng o", "Yr un fath â": how a measure moved since the figure before. */
const moves = { up: 'Wedi codi o', down: 'Wedi gostwng o', same: 'Yr un fath â' } as const;
/** A measure's `better: higher | lower`, as the Welsh sentence says it. */
const betterWords: Record<string, string> = { higher: 'ffigur uwch', lower: 'ffigur is' };

const cyGB = {
  language: {
    name: 'Cymraeg',
    direction: 'ltr',
  },
  languageNavigation: {
    label: 'Iaith',
    /** "i" softly mutates the language's name: "Cymraeg" → "Gymraeg". */
    switchTo: 'Newid yr iaith i Gymraeg',
  },
  languageChoice: {
    heading: 'Dewiswch eich iaith',
    lead: (strategyName: string) => `Darllenwch ${strategyName} yn Gymraeg.`,
  },
  fallback: {
    notTranslated: "Nid yw'r dudalen hon wedi'i chyfieithu i'r Gymraeg eto. Mae'n cael ei dangos yn ei hiaith wreiddiol.",
    /** The ways to ask are imperatives here ("e-bostiwch …"), so no "gallwch" before them. */
    askForTranslation: (how: string) => `I ofyn amdani yn Gymraeg, ${how}.`,
    readOriginal: 'Darllenwch y dudalen hon yn ei hiaith wreiddiol:',
  },
  translationOutOfDate: {
    notice: "Efallai nad yw'r cyfieithiad hwn yn gyfoes. Mae'r dudalen wreiddiol wedi newid ers iddi gael ei chyfieithu.",
    readOriginal: 'Darllenwch y dudalen wreiddiol:',
  },
  dates: {
    /** "Dydd Mercher 20 Ionawr 2027", as Llywodraeth Cymru writes it. */
    dayAndDate: (weekday: string, date: string) => `${weekday} ${date}`,
    /**
     * "6:30yh", "9yb", "hanner dydd", "hanner nos": "yb" (y bore) and "yh" (yr hwyr) as Welsh public
     * bodies write them. "Hanner dydd" rather than "canol dydd": times follow "am" and "i", which
     * would softly mutate "canol" ("am ganol dydd"); "hanner" does not change.
     */
    time: (hours: number, minutes: number) => {
      if (hours === 12 && minutes === 0) return 'hanner dydd';
      if (hours === 0 && minutes === 0) return 'hanner nos';
      const suffix = hours < 12 ? 'yb' : 'yh';
      const hour12 = hours % 12 === 0 ? 12 : hours % 12;
      return minutes === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minutes).padStart(2, '0')}${suffix}`;
    },
    by: (date: string) => `erbyn ${date}`,
  },
  layout: {
    skipLink: "Neidio i'r prif gynnwys",
    lockupHome: (strategyName: string) => ` - hafan ${strategyName}`,
    footerHeading: 'Dolenni cymorth',
    easyReadVersion: 'Fersiwn Hawdd ei Ddeall',
    versions: { 'easy-read': 'Hawdd ei Ddeall', standard: 'Safonol' },
    easyReadSearchTitle: (title: string) => (/^hawdd ei ddeall\b/i.test(title) ? title : `Hawdd ei Ddeall: ${title}`),
  },
  header: {
    searchLabel: "Chwilio'r strategaeth hon",
    searchPlaceholder: 'Chwilio',
    searchButton: 'Chwilio',
    menuLabel: "Tudalennau'r strategaeth",
    moreHidden: 'Pori ',
    more: 'Mwy',
  },
  breadcrumbs: {
    home: 'Hafan',
    easyRead: 'Hawdd ei Ddeall',
    label: 'Briwsion bara',
    backTo: 'Yn ôl i ',
  },
  callout: 'Gwybodaeth: ',
  /**
   * Ways to contact the trust. They follow an opening clause ("Os oes gennych gwestiwn …,") as an
   * instruction, so they are imperatives; the contact page link keeps its article ("y dudalen"),
   * which reads the same alone and after "defnyddiwch".
   */
  contact: {
    email: 'e-bostiwch',
    phone: 'ffoniwch',
    use: 'defnyddiwch',
    contactPage: (name: string) => `y dudalen gyswllt ar wefan ${name}`,
    writeTo: 'ysgrifennwch at',
    contactName,
    separator: ', ',
    // Each way starts with its own verb ("ffoniwch", "ysgrifennwch"), which "neu" leaves unmutated in speech as in most public-sector writing.
    or: ' neu ',
  },
  pages: {
    source: (source: string) => `Ffynhonnell: ${source}`,
    hardWords: 'Geiriau anodd',
    atTheCentre: 'Yn y canol:',
    themesCaption: (centre: string | undefined) => `Y themâu${centre ? `, gyda "${centre}" yn y canol` : ''}`,
    newValuesExpected: "Rydym yn disgwyl cyhoeddi'r gwerthoedd newydd",
  },
  generatedPages: {
    '': { title: 'Hafan', description: (strategyName: string) => `${strategyName}: y strategaeth yn gryno.` },
    'contents/': { title: 'Cynnwys (A i Y)' },
    'search/': {
      title: "Chwilio'r strategaeth hon",
      contentsTitle: 'Chwilio',
      description: () => 'Chwilio pob tudalen yn y strategaeth hon.',
    },
    'contact/': { title: 'Cysylltu â ni', description: () => 'Sut i gysylltu â thîm y strategaeth.' },
    'accessibility/': {
      title: 'Datganiad hygyrchedd',
      description: () => "Pa mor hygyrch yw'r wefan hon, a sut i roi gwybod am broblem.",
    },
    'cookies/': { title: 'Cwcis', description: () => "Nid yw'r wefan hon yn defnyddio cwcis." },
    'reading-age/': { title: 'Adroddiad iaith glir' },
    'how-we-are-doing/': {
      title: 'Sut rydym yn perfformio',
      description: () => "Y ffigurau diweddaraf ar gyfer pob mesur, o'u cymharu â'n targedau.",
    },
    'strategy-on-a-page/': {
      title: 'Ein strategaeth ar un dudalen',
      description: () => "Y strategaeth gyfan ar un dudalen, i'w hargraffu.",
    },
    'easy-read/all/': {
      title: 'Hawdd ei Ddeall, y cyfan ar un dudalen',
      description: () => "Y fersiwn Hawdd ei Ddeall i gyd ar un dudalen, i'w hargraffu.",
    },
    '404/': { title: 'Tudalen heb ei chanfod' },
  },
  generated: {
    contentsDescription: (strategyName: string) => `Pob tudalen yn ${strategyName}, o A i Y.`,
    searchDescription: (strategyName: string) => `Chwilio pob tudalen yn ${strategyName}.`,
    /** Before the link "dudalen gynnwys (A i Y)": "ar y" softly mutates "tudalen". */
    searchNeedsScripts:
      "Mae angen JavaScript i chwilio, ac mae wedi'i ddiffodd neu nid yw ar gael yn eich porwr. Gallwch ddod o hyd i bob tudalen ar y",
    contentsPage: 'dudalen gynnwys (A i Y)',
    alsoBrowse: 'Gallwch hefyd bori drwy',
    /** After "drwy", which softly mutates "pob". */
    everyPage: 'bob tudalen o A i Y',
    searchPlaceholder: "Chwilio'r strategaeth hon",
    searchInterface: {
      clear_search: 'Clirio',
      load_more: 'Llwytho rhagor o ganlyniadau',
      search_label: "Chwilio'r wefan hon",
      filters_label: 'Hidlwyr',
      zero_results: 'Dim canlyniadau ar gyfer [SEARCH_TERM]',
      many_results: '[COUNT] o ganlyniadau ar gyfer [SEARCH_TERM]',
      one_result: '[COUNT] canlyniad ar gyfer [SEARCH_TERM]',
      total_zero_results: 'Dim canlyniadau',
      total_one_result: '[COUNT] canlyniad',
      total_many_results: '[COUNT] o ganlyniadau',
      alt_search: 'Dim canlyniadau ar gyfer [SEARCH_TERM]. Yn dangos canlyniadau ar gyfer [DIFFERENT_TERM] yn lle hynny',
      search_suggestion: "Dim canlyniadau ar gyfer [SEARCH_TERM]. Rhowch gynnig ar un o'r chwiliadau hyn:",
      searching: 'Yn chwilio am [SEARCH_TERM]...',
      results_label: 'Canlyniadau chwilio',
      keyboard_navigate: 'symud',
      keyboard_select: 'dewis',
      keyboard_clear: 'clirio',
      keyboard_close: 'cau',
      keyboard_search: 'chwilio',
      error_search: 'Methodd y chwiliad',
      filter_selected_one: "[COUNT] wedi'i ddewis",
      filter_selected_many: "[COUNT] wedi'u dewis",
      input_hint: "Bydd canlyniadau'n ymddangos wrth i chi deipio",
      loading: 'Yn llwytho',
    },
    notFoundDescription: "Nid oedd modd dod o hyd i'r dudalen roeddech yn chwilio amdani.",
    typed: "Os gwnaethoch deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir.",
    pasted: "Os gwnaethoch ludo'r cyfeiriad gwe, gwiriwch eich bod wedi copïo'r cyfeiriad cyfan.",
    youCan: 'Gallwch',
    /** After "Gallwch", which softly mutates the verb: "fynd", "weld". */
    goHome: 'fynd i hafan y strategaeth',
    seeEveryPage: 'weld pob tudalen o A i Y',
    or: 'neu',
    search: 'chwilio',
    comma: ',',
    fullStop: '.',
    cookiesDescription: "Nid yw'r wefan hon yn defnyddio cwcis.",
    cookies: [
      "Ffeiliau bach yw cwcis sy'n cael eu cadw ar eich ffôn, eich llechen neu eich cyfrifiadur pan fyddwch yn ymweld â gwefan.",
      "Nid yw'r wefan hon yn gosod unrhyw gwcis. Nid yw'n defnyddio dadansoddeg nac unrhyw fath o dracio, felly nid ydym yn gofyn i chi dderbyn cwcis.",
      "Mae'r chwilio ar y wefan hon yn digwydd yn eich porwr. Nid yw'r hyn rydych yn ei deipio yn y blwch chwilio yn cael ei anfon atom ni nac at unrhyw un arall.",
    ],
    homeSeeWhole: 'Gweld y strategaeth gyfan ar un dudalen',
    homeToPrint: ", i'w hargraffu, neu",
    /** After "neu" ("lawrlwytho" begins with no letter that mutates). */
    homeDownload: "lawrlwytho'r strategaeth ar un dudalen fel llun",
    homeMore: 'Rhagor am y strategaeth',
    measuresDescription: (strategyName: string) => `Pob mesur yn ${strategyName}, gyda'r ffigurau a gyhoeddwyd hyd yma.`,
    measuresIntro: "Pob mesur yn ein strategaeth, gyda'r ffigurau a gyhoeddwyd hyd yma. Mae tabl gyda'r un ffigurau yn dilyn pob siart.",
    otherMeasures: 'Mesurau eraill',
    readMoreOnPage: 'Darllenwch ragor ar ein tudalen',
    strategyOnAPageDescription: (strategyName: string) =>
      `${strategyName} ar un dudalen: beth sydd yn ei chanol, beth y byddwn yn canolbwyntio arno a'n gwerthoedd.`,
    printOnA4: "Argraffwch y dudalen hon ar bapur A4 i'w gosod ar hysbysfwrdd.",
    easyReadAllTitle: (strategyName: string) => `${strategyName}: Hawdd ei Ddeall`,
    easyReadAllDescription: (strategyName: string) => `Y fersiwn Hawdd ei Ddeall o ${strategyName} i gyd, ar un dudalen i'w hargraffu.`,
    easyReadAllIntro: 'Mae ein holl dudalennau Hawdd ei Ddeall ar y dudalen hon. Gallwch ei hargraffu neu ei chadw.',
    standardVersion: 'Fersiwn safonol',
    allEasyReadPages: 'Pob tudalen Hawdd ei Ddeall',
    wholeEasyRead: 'Y strategaeth Hawdd ei Ddeall i gyd ar un dudalen',
    toPrintOrSave: ", i'w hargraffu neu ei chadw.",
    contactDescription: (name: string) => `Sut i gysylltu ${withAg(name)} am ei strategaeth.`,
    /** After "Cysylltwch â", which aspirates "tîm". */
    contactTheTeam: 'thîm y strategaeth',
    contact: 'Cysylltwch â',
    withQuestions: 'os oes gennych gwestiynau neu sylwadau',
    orToAsk: ', neu i ofyn am yr wybodaeth hon mewn',
    email: 'E-bost',
    phone: 'Ffôn',
    address: 'Cyfeiriad',
    web: 'Gwe',
    weReply: (responseTime: string) => `Byddwn yn ateb ${responseTime}.`,
  },
  /** The accessibility statement, in the words of the Welsh model statement for public sector websites. */
  accessibility: {
    description: (strategyName: string) => `Pa mor hygyrch yw gwefan ${strategyName}, a sut i roi gwybod am broblem.`,
    compliance: {
      'not-assessed':
        "Nid yw'r wefan hon wedi'i hasesu eto yn erbyn safon AA Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2, felly ni allwn ddweud eto i ba raddau y mae'n ei bodloni.",
      full: "Mae'r wefan hon yn cydymffurfio'n llawn â safon AA Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2.",
      partial:
        "Mae'r wefan hon yn cydymffurfio'n rhannol â safon AA Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2, oherwydd y problemau a restrir isod.",
      none: "Nid yw'r wefan hon yn cydymffurfio â safon AA Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2. Rhestrir y problemau isod.",
    },
    appliesTo: (strategyName: string, url: string, name: string) =>
      `Mae'r datganiad hygyrchedd hwn yn berthnasol i wefan ${strategyName} yn ${url}, sy'n cael ei rhedeg gan ${name}.`,
    wantMany: "Rydym am i gymaint o bobl â phosibl allu defnyddio'r wefan hon.",
    forExample: ' Er enghraifft, dylech allu:',
    youCan: [
      'newid lliwiau, lefelau cyferbyniad a ffontiau drwy osodiadau eich porwr neu eich dyfais',
      "chwyddo hyd at 400% heb i'r testun fynd oddi ar y sgrin",
      "mynd o ddechrau'r wefan i'r diwedd gan ddefnyddio bysellfwrdd yn unig",
      "mynd o ddechrau'r wefan i'r diwedd gan ddefnyddio meddalwedd adnabod llais",
      'gwrando ar y wefan gan ddefnyddio darllenydd sgrin',
      "darllen fersiwn Hawdd ei Ddeall o dudalennau, lle mae un wedi'i hysgrifennu",
    ],
    howAccessible: "Pa mor hygyrch yw'r wefan hon",
    notTested: "Nid ydym wedi profi eto pa mor hygyrch yw'r wefan hon.",
    noKnownParts: "Nid ydym yn gwybod am unrhyw ran o'r wefan hon sy'n anodd ei defnyddio i bobl anabl.",
    someParts: "Rydym yn gwybod nad yw rhai rhannau o'r wefan hon yn gwbl hygyrch:",
    feedback: 'Adborth a gwybodaeth gyswllt',
    ifYouNeedIn: (formats: string) => `Os oes angen gwybodaeth ar y wefan hon arnoch mewn ${formats},`,
    ifYouHaveAQuestion: 'Os oes gennych gwestiwn am y wefan hon,',
    considerRequest: (responseTime: string) => `Byddwn yn ystyried eich cais ac yn cysylltu â chi ${responseTime}.`,
    reporting: "Rhoi gwybod am broblemau hygyrchedd gyda'r wefan hon",
    alwaysLooking:
      "Rydym bob amser yn ceisio gwella hygyrchedd y wefan hon. Os byddwch yn dod o hyd i unrhyw broblemau nad ydynt wedi'u rhestru ar y dudalen hon, neu os ydych yn credu nad ydym yn bodloni gofynion hygyrchedd,",
    tellUsAddress: ". Dywedwch wrthym beth yw cyfeiriad gwe'r dudalen a beth oedd y broblem.",
    enforcement: 'Y weithdrefn orfodi',
    enforcementText:
      "Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy'n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Chymwysiadau Symudol) (Rhif 2) 2018 (y 'rheoliadau hygyrchedd'). Os nad ydych yn fodlon â'r ffordd rydym yn ymateb i'ch cwyn, cysylltwch â'r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS).",
    technical: 'Gwybodaeth dechnegol am hygyrchedd y wefan hon',
    committed: (name: string) => `Mae ${name} wedi ymrwymo i sicrhau bod ei gwefan yn hygyrch, yn unol â'r rheoliadau hygyrchedd.`,
    complianceStatus: 'Statws cydymffurfio',
    nonAccessible: "Cynnwys nad yw'n hygyrch",
    listedBelow: "Nid yw'r cynnwys a restrir isod yn hygyrch am y rhesymau canlynol.",
    nonCompliance: "Diffyg cydymffurfio â'r rheoliadau hygyrchedd",
    cannotList: "Ni allwn restru cynnwys nad yw'n bodloni'r rheoliadau hygyrchedd nes bod y wefan hon wedi'i phrofi.",
    noKnownContent: "Nid ydym yn gwybod am unrhyw gynnwys nad yw'n bodloni'r rheoliadau hygyrchedd.",
    burden: 'Baich anghymesur',
    noBurden: "Nid ydym yn honni y byddai trwsio unrhyw ran o'r wefan hon yn faich anghymesur.",
    outOfScope: 'Cynnwys nad yw o fewn cwmpas y rheoliadau hygyrchedd',
    oldDocuments:
      "Nid oes rhaid i ffeiliau PDF a dogfennau eraill a gyhoeddwyd cyn 23 Medi 2018 fodloni'r rheoliadau os nad ydynt yn hanfodol er mwyn defnyddio ein gwasanaethau.",
    improving: 'Beth rydym yn ei wneud i wella hygyrchedd',
    planBeside: "Mae ein cynllun ar gyfer pob problem hysbys i'w weld wrth ei hochr uchod.",
    pleaseTell:
      'Os byddwch yn dod o hyd i broblem, rhowch wybod i ni, fel y disgrifir yn yr adran am roi gwybod am broblemau hygyrchedd uchod.',
    preparation: "Paratoi'r datganiad hygyrchedd hwn",
    prepared: (date: string) => `Paratowyd y datganiad hwn ar ${date}.`,
    reviewed: (date: string) => `Cafodd ei adolygu ddiwethaf ar ${date}.`,
    tested: (date: string) => `Cafodd y wefan hon ei phrofi ddiwethaf ar ${date}.`,
    testedBy: (who: string) => ` Cynhaliwyd y prawf gan ${who}.`,
    notYetTested: "Nid yw'r wefan hon wedi'i phrofi ar gyfer hygyrchedd eto.",
  },
  navigation: {
    contact: 'Cysylltu',
    easyRead: 'Hawdd ei Ddeall',
    easyReadHome: 'Hafan Hawdd ei Ddeall',
    printItAll: "Argraffu'r cyfan",
    contactUs: 'Cysylltu â ni',
    standardWebsite: 'Gwefan safonol',
    easyReadTitle: (title: string) => `${title} (Hawdd ei Ddeall)`,
  },
  pageKinds: {
    home: 'Hafan',
    contact: 'Cysylltu',
    accessibility: 'Am y wefan hon',
    cookies: 'Am y wefan hon',
  },
  previousStrategy: {
    heading: 'Nid hon yw ein strategaeth bresennol',
    years: (start: number, end: number) => `${start} i ${end}`,
    replaced: (name: string, years: string, date: string | undefined, current: string) =>
      `Dyma ein strategaeth flaenorol, ${name}, ${years}. Daeth ${current} yn ei lle${date ? ` ar ${date}` : ''}.`,
    samePage: (current: string) => `Darllenwch y dudalen hon yn ${current}`,
    currentHome: (current: string) => `Ewch i ${current}, ein strategaeth bresennol`,
    listTitle: 'Ein strategaethau blaenorol',
    listIntro:
      'Mae strategaethau newydd wedi cymryd lle’r rhain. Rydym yn eu cadw yma er mwyn i chi weld beth roeddem wedi’i gynllunio o’r blaen.',
    searchFilter: 'Strategaethau blaenorol',
    currentFilter: 'Strategaeth bresennol',
    includeInSearch: 'Cynnwys strategaethau blaenorol',
    includeInSearchHint: 'Nid yw ein strategaethau blaenorol yn cael eu chwilio oni bai eich bod yn dewis hyn.',
  },
  status: {
    engagement: "Rydym yn gwrando: mae'r strategaeth hon yn cael ei datblygu gyda chi",
    draft: "Drafft: nid yw'r strategaeth hon wedi'i chytuno eto",
    launched: 'Ein strategaeth bresennol',
    refreshing: "Rydym yn adnewyddu'r strategaeth hon: dywedwch eich dweud",
  },
  /** Each as it reads after "mewn": "mewn print bras", "mewn iaith arall". */
  otherFormats: {
    'large-print': 'print bras',
    'easy-read': 'fformat Hawdd ei Ddeall',
    audio: 'fformat sain',
    braille: 'Braille',
    'british-sign-language': 'Iaith Arwyddion Prydain',
    'other-languages': 'iaith arall',
  },
  list,
  /** "Os oes arnoch angen yr wybodaeth hon mewn print bras, e-bostiwch …" */
  askForFormats: {
    thisInformation: 'yr wybodaeth hon',
    ifYouNeed: 'Os oes arnoch angen',
    in: 'mewn',
    weWillReply: (responseTime: string) => ` Byddwn yn ateb ${responseTime}.`,
  },
  /** In easy read Welsh ("Hawdd ei Ddeall"): short sentences and common words; "cynllun" (plan) for "strategaeth". */
  /** Hanes tudalen: geiriau GOV.UK Cymraeg ("Cyhoeddwyd", "Diweddarwyd ddiwethaf") a GIG Cymru. */
  pageHistory: {
    published: (date: string) => `Cyhoeddwyd ${date}`,
    lastUpdated: (date: string) => `Diweddarwyd ddiwethaf ${date}`,
    seeAllUpdates: 'Gweld pob diweddariad',
    firstPublished: 'Cyhoeddwyd gyntaf.',
    lastReviewed: (date: string) => `Adolygwyd y dudalen ddiwethaf: ${date}`,
    nextReview: (date: string) => `Dyddiad yr adolygiad nesaf: ${date}`,
    /** The site's name first, so no mutation after a preposition is needed. */
    feedTitle: (site: string) => `${site}: diweddariadau i dudalennau`,
    feedLink: 'Diweddariadau i dudalennau (ffrwd Atom)',
    newPage: (title: string) => `Tudalen newydd: ${title}`,
    updated: (title: string) => `Wedi'i diweddaru: ${title}`,
  },
  easyRead: {
    previousStrategy: {
      heading: 'Dyma ein hen gynllun',
      replaced: (name: string, years: string, date: string | undefined, current: string) =>
        `Enw’r cynllun hwn oedd ${name}. Roedd ar gyfer ${years}.${date ? ` Gwnaethom stopio ei ddefnyddio ar ${date}.` : ''} Enw ein cynllun newydd yw ${current}.`,
      samePage: 'Darllenwch y dudalen hon yn ein cynllun newydd',
      currentHome: 'Ewch i’n cynllun newydd',
    },
    history: {
      published: (date: string) => `Rhoeson ni'r dudalen hon ar-lein ar ${date}.`,
      lastUpdated: (date: string) => `Newidion ni'r dudalen hon ddiwethaf ar ${date}.`,
      seeAllUpdates: 'Beth wnaethon ni ei newid',
      firstPublished: "Rhoeson ni'r dudalen hon ar-lein.",
      lastReviewed: (date: string) => `Gwirion ni'r dudalen hon ar ${date}.`,
      nextReview: (date: string) => `Byddwn ni'n ei gwirio eto erbyn ${date}.`,
    },
    status: {
      engagement: "Rydym yn dal i wneud y cynllun hwn. Rydym yn gofyn i bobl beth maen nhw'n ei feddwl.",
      draft: "Nid yw'r cynllun hwn wedi'i orffen eto.",
      launched: "Rydym yn defnyddio'r cynllun hwn nawr.",
      refreshing: "Rydym yn edrych ar y cynllun hwn eto. Rydym yn gofyn i bobl beth maen nhw'n ei feddwl.",
    },
    strategy: (name: string, period: { start: number; end: number } | undefined) =>
      `Enw ein cynllun yw ${name}.${period ? ` Mae ar gyfer ${period.start} i ${period.end}.` : ''}`,
    oneFormat: (format: string) => `Gallwch ofyn am hwn mewn ${format}.`,
    formatsIntro: 'Gallwch ofyn am hwn mewn:',
    /** The ways to ask are imperatives ("e-bostiwch …"), one to a line. */
    routesIntro: 'I ofyn:',
    howToAsk: 'I ofyn,',
    reply: 'Byddwn yn ateb',
  },
  event: {
    past: 'Wedi bod',
    date: 'Dyddiad',
    time: 'Amser',
    to: 'i',
    how: 'Sut',
    where: 'Ble',
    formats: { 'in-person': 'Wyneb yn wyneb', online: 'Ar-lein', hybrid: 'Wyneb yn wyneb ac ar-lein' },
    joinOrBook: 'Ymuno neu gadw lle',
    bookAPlace: 'Cadw lle',
    forEvent: (title: string) => ` ar gyfer ${title}`,
    addToCalendar: 'Ychwanegu at eich calendr',
    bookOrJoin: (link: string) => `Cadw lle neu ymuno: ${link}`,
    details: (pageUrl: string) => `Manylion: ${pageUrl}`,
    calendarName: (shortName: string) => `Digwyddiadau ${shortName}`,
  },
  takePart: {
    heading: 'Dweud eich dweud',
    /** "<arolwg> – ar agor ar gyfer <cynulleidfa> tan <dyddiad>.": "ar gyfer" mutates nothing of the trust's words. */
    isOpenTo: '– ar agor ar gyfer',
    until: 'tan',
    fillInSurvey: 'Llenwch yr arolwg',
    orFindOutMore: 'Neu ddysgwch ragor ar ein tudalen ',
    findOutMore: 'Dysgwch ragor ar ein tudalen ',
    /** "Ein digwyddiad nesaf yw <teitl> – Dydd Mercher 20 Ionawr 2027 am 6:30yh." A dash, as "ar" would need "ddydd". */
    nextEventIs: 'Ein digwyddiad nesaf yw',
    on: '–',
    at: 'am',
    moreAboutEvents: 'Dysgwch ragor am ein digwyddiadau',
  },
  engagement: {
    inNumbers: 'Mewn rhifau',
    youSaidWeDid: 'Dywedoch chi, gwnaethom ni',
    youSaid: 'Dywedoch chi',
    weDid: 'Gwnaethom ni',
    forAudience: (audience: string) => `Ar gyfer ${audience}.`,
    surveyCloses: "Mae'r arolwg yn cau ar",
    fillInSurvey: 'Llenwch yr arolwg',
    surveyClosed: 'Caeodd yr arolwg hwn ar',
    thankYou: 'Diolch i bawb a gymerodd ran.',
    readWhatWeHeard: 'Darllenwch beth glywsom ni',
    upcomingEvents: 'Digwyddiadau i ddod',
    subscribe: "Tanysgrifiwch i'n holl ddigwyddiadau i ddod",
    subscribeFormat: '(ffrwd calendr, ffeil ICS)',
    pastEvents: 'Digwyddiadau a fu',
    questionsAsked: 'Y cwestiynau a ofynnwyd gennym',
    questionsToThinkAbout: 'Cwestiynau yr hoffem i chi feddwl amdanynt',
    faq: 'Cwestiynau cyffredin',
    tellUs: 'Dywedwch wrthym beth yw eich barn',
    toSendComments: "I anfon eich sylwadau a'ch cwestiynau,",
  },
  measures: {
    rowKinds: { start: 'Man cychwyn', measured: "Wedi'i fesur", target: 'Targed' },
    target: (value: string, date: string | undefined) => `y targed yw ${value}${date ? ` erbyn ${date}` : ''}`,
    notMeasuredYet: (target: string) => `Heb ei fesur eto: ${target}.`,
    latestFigure: 'Y ffigur diweddaraf',
    startingPoint: 'Man cychwyn',
    summary: (kind: string, value: string, date: string, target: string | undefined) =>
      `${kind}: ${value} (${date})${target ? `; ${target}` : ''}.`,
    /** "Wedi codi o 61% (Mawrth 2025); mae ffigur uwch yn well, felly mae hyn yn gwella." */
    trend: (moved: 'up' | 'down' | 'same', from: string, date: string, better: string | undefined, improving: boolean | undefined) =>
      `${moves[moved]} ${from} (${date})${
        better && improving !== undefined
          ? `; mae ${betterWords[better] ?? better} yn well, felly mae hyn ${improving ? 'yn gwella' : 'yn gwaethygu'}`
          : ''
      }.`,
    partOf: 'Rhan o:',
    figuresFor: 'Ffigurau ar gyfer',
    figure: 'Ffigur',
    notSet: 'Heb ei osod',
    when: 'Pryd',
    value: 'Gwerth',
    chart: 'Siart:',
    targetOnChart: 'Targed',
    barsFrom: (max: string) => `Mae'r barrau'n mynd o 0 i ${max}.`,
    sameFiguresBelow: "Mae'r un ffigurau yn y tabl isod.",
  },
  delivery: {
    published: 'Cyhoeddwyd',
    seeCharts: "Gweld siartiau sy'n dangos sut rydym yn perfformio ar bob mesur",
  },
  progressReport: {
    covers: 'Cyfnod',
    period: (start: string, end: string) => `${start} i ${end}`,
    published: 'Cyhoeddwyd',
    agreedBy: 'Cytunwyd gan',
    boardPapers: "Darllen papurau'r bwrdd",
    goalsHeading: 'Sut mae pob nod yn dod yn ei flaen',
    status: 'Statws:',
    statuses: {
      'on-track': 'Ar y trywydd iawn',
      'some-delay': 'Rhywfaint o oedi',
      'not-started': 'Heb ddechrau eto',
      done: "Wedi'i gwblhau",
    },
    changed: 'Beth newidiodd',
    next: "Beth sy'n dod nesaf",
    homeLatest: 'Ein hadroddiad cynnydd diweddaraf',
    homePublished: (date: string) => `Cyhoeddwyd ${date}.`,
  },
  documents: {
    fileFormat: (extension: string) => fileFormats[extension] ?? (extension.toUpperCase() || 'Ffeil'),
    /** Welsh counts with the noun in the singular: "1 beit", "200 beit", "12 tudalen". */
    bytes: (bytes: number) => `${bytes} beit`,
    kilobytes: (kilobytes: number) => `${kilobytes} KB`,
    megabytes: (megabytes: number) => `${megabytes} MB`,
    pages: (pages: number) => `${pages} tudalen`,
    kinds: { full: 'Strategaeth lawn', summary: 'Crynodeb', 'easy-read': 'Hawdd ei Ddeall', other: 'Dogfen' },
    onAnotherWebsite: 'Ar wefan arall',
    onRequest: 'Ar gael ar gais. I ofyn am gopi,',
    published: 'Cyhoeddwyd',
    inLanguage: (language: string) => `Iaith: ${language}`,
    alsoOnThisSite: 'Hefyd ar y wefan hon:',
    anyOfThese: "unrhyw un o'r dogfennau hyn",
  },
  strategy: { withYears: strategyWithYears, of: strategyOf },
  links: { readAbout, inFull },
  glance: {
    valuesRefreshed: 'Rydym yn adnewyddu ein gwerthoedd',
    heading: 'Y strategaeth yn gryno',
    atTheCentre: 'Yn y canol:',
  },
  pdf: {
    contents: 'Cynnwys',
    pageOf: (page: string, total: string) => `Tudalen ${page} o ${total}`,
    years: (start: number, end: number) => `${start} i ${end}`,
    easyRead: 'Fersiwn Hawdd ei Ddeall',
    onTheWeb: 'Gallwch hefyd ddarllen hwn ar ein gwefan:',
  },
  strategyOnAPage: {
    heading: 'Ein strategaeth ar un dudalen',
    open: "Agorwch y strategaeth ar un dudalen i'w hargraffu",
    or: 'neu',
    download: 'Lawrlwythwch',
    /** After "neu" ("lawrlwythwch" begins with no letter that mutates). */
    downloadInSentence: 'lawrlwythwch',
    asAPicture: 'hi fel llun ar gyfer sleidiau a chylchlythyrau',
    centre: 'Yn y canol',
    ourStrategy: 'Ein strategaeth',
    pictureTitle: (strategyName: string) => `${strategyName}: ein strategaeth ar un dudalen`,
    fileName: (strategyName: string) => `${strategyName} - ein strategaeth ar un dudalen`,
  },
} satisfies Catalogue;

export default cyGB;
