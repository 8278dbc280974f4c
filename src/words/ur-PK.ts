/**
 * Every word readers see, in Urdu (Urdu script, right to left). Same shape as the British English
 * catalogue (`satisfies Catalogue`), written for Urdu in the formal register of public health
 * information ("آپ", "کریں"), not translated word for word: Urdu puts the verb last and says whose
 * and where with postpositions, so the helpers in ./urdu/ keep a trust's own words whole. Names of
 * file formats, standards and bodies keep their Latin abbreviations (PDF, NHS, WCAG), as Urdu
 * health leaflets do. Read through `wordsFor('ur-PK')` (./index.ts), never imported directly. A
 * qualified translator should review changes, as NHS England's translation framework asks.
 */

import type { Catalogue } from './en-GB.ts';
import { inFull, readAbout } from './urdu/link-words.ts';
import { list, strategyOf, strategyWithYears, time } from './urdu/sentence-words.ts';

/** File formats beside a download: the description in Urdu, the product's own name kept. */
const fileFormats: Record<string, string> = {
  pdf: 'PDF',
  doc: 'MS Word دستاویز',
  docx: 'MS Word دستاویز',
  xls: 'MS Excel اسپریڈشیٹ',
  xlsx: 'MS Excel اسپریڈشیٹ',
  ppt: 'MS PowerPoint پریزنٹیشن',
  pptx: 'MS PowerPoint پریزنٹیشن',
  odt: 'OpenDocument متن',
  ods: 'OpenDocument اسپریڈشیٹ',
  odp: 'OpenDocument پریزنٹیشن',
  csv: 'CSV',
  txt: 'سادہ متن',
  rtf: 'رچ ٹیکسٹ فارمیٹ (RTF)',
  mp3: 'MP3 آڈیو',
  mp4: 'MP4 ویڈیو',
  zip: 'ZIP آرکائیو',
};

/** How a measure moved since the figure before, said after that figure: "61% (مارچ 2025) سے اضافہ". */
const moves = { up: 'سے اضافہ', down: 'سے کمی', same: 'کے برابر' } as const;
/** A measure's `better: higher | lower`, as the Urdu sentence says it. */
const betterWords: Record<string, string> = { higher: 'زیادہ', lower: 'کم' };

/** The Urdu full stop. */
const stop = '۔';

const urPK = {
  language: {
    name: 'اردو',
    direction: 'rtl',
  },
  languageNavigation: {
    label: 'زبان',
    switchTo: 'زبان تبدیل کر کے اردو کریں',
  },
  languageChoice: {
    heading: 'اپنی زبان منتخب کریں',
    lead: (strategyName: string) => `${strategyName} اردو میں پڑھیں${stop}`,
  },
  fallback: {
    notTranslated: 'اس صفحے کا اردو میں ترجمہ ابھی نہیں ہوا۔ یہ اپنی اصل زبان میں دکھایا جا رہا ہے۔',
    /** The ways to ask are instructions ("ای میل کریں: …"), so they follow "to ask for it in Urdu" directly. */
    askForTranslation: (how: string) => `اسے اردو میں حاصل کرنے کے لیے ${how}${stop}`,
    readOriginal: 'یہ صفحہ اس کی اصل زبان میں پڑھیں:',
  },
  translationOutOfDate: {
    notice: `ہو سکتا ہے یہ ترجمہ پرانا ہو${stop} اصل صفحہ ترجمے کے بعد بدل چکا ہے${stop}`,
    /** A colon before the original's title, as before an address. */
    readOriginal: 'اصل صفحہ پڑھیں:',
  },
  dates: {
    /** "بدھ، 20 جنوری، 2027": the weekday, the Urdu comma, then the date as Intl writes it. */
    dayAndDate: (weekday: string, date: string) => `${weekday}، ${date}`,
    /** "صبح 9 بجے", "شام 6:30 بجے", "دوپہر 12 بجے", "رات 12 بجے". */
    time,
    /** "31 مارچ، 2026 تک": "by" is a postposition. */
    by: (date: string) => `${date} تک`,
  },
  layout: {
    skipLink: 'مرکزی مواد پر جائیں',
    lockupHome: (strategyName: string) => ` - ${strategyName} کا مرکزی صفحہ`,
    footerHeading: 'معاون روابط',
    easyReadVersion: 'آسان زبان والا ورژن',
    versions: { 'easy-read': 'آسان زبان', standard: 'معیاری' },
    easyReadSearchTitle: (title: string) => (/^آسان زبان/.test(title) ? title : `آسان زبان: ${title}`),
  },
  header: {
    searchLabel: 'اس حکمت عملی میں تلاش کریں',
    searchPlaceholder: 'تلاش',
    searchButton: 'تلاش کریں',
    menuLabel: 'حکمت عملی کے صفحات',
    /** Before the visible "مزید" (more), for screen readers: "صفحات کی فہرست: مزید". */
    moreHidden: 'صفحات کی فہرست: ',
    more: 'مزید',
  },
  breadcrumbs: {
    home: 'مرکزی صفحہ',
    easyRead: 'آسان زبان',
    label: 'صفحات کا راستہ',
    /** Before the parent page's title: "واپس جائیں: اہداف". */
    backTo: 'واپس جائیں: ',
  },
  callout: 'معلومات: ',
  /**
   * Ways to contact the trust. They follow a clause ending "… تو" (then) or "… کے لیے" (to …), as
   * instructions; the verb comes before the address with a colon, so the address is never inside an
   * Urdu phrase that would need it reordered.
   */
  contact: {
    email: 'ای میل کریں:',
    phone: 'فون کریں:',
    use: 'ملاحظہ کریں:',
    contactPage: (name: string) => `${name} کا رابطے کا صفحہ`,
    writeTo: 'اس پتے پر خط لکھیں:',
    contactName: (name: string) => `${name} سے رابطہ کریں`,
    separator: '، ',
    or: ' یا ',
  },
  pages: {
    source: (source: string) => `ماخذ: ${source}`,
    hardWords: 'مشکل الفاظ',
    atTheCentre: 'مرکز میں:',
    themesCaption: (centre: string | undefined) => `موضوعات${centre ? `، جن کے مرکز میں "${centre}" ہے` : ''}`,
    newValuesExpected: 'ہم نئی اقدار شائع کرنے کی توقع رکھتے ہیں',
  },
  generatedPages: {
    '': { title: 'مرکزی صفحہ', description: (strategyName: string) => `${strategyName}: حکمت عملی ایک نظر میں${stop}` },
    'contents/': { title: 'فہرست (الف تا ے)' },
    'search/': {
      title: 'اس حکمت عملی میں تلاش کریں',
      contentsTitle: 'تلاش',
      description: () => 'اس حکمت عملی کے تمام صفحات میں تلاش کریں۔',
    },
    'contact/': { title: 'ہم سے رابطہ کریں', description: () => 'حکمت عملی کی ٹیم سے رابطہ کرنے کا طریقہ۔' },
    'accessibility/': {
      title: 'رسائی کا بیان',
      description: () => 'یہ ویب سائٹ کس حد تک قابل رسائی ہے، اور کسی مسئلے کی اطلاع کیسے دیں۔',
    },
    'cookies/': { title: 'کوکیز', description: () => 'یہ ویب سائٹ کوکیز استعمال نہیں کرتی۔' },
    'reading-age/': { title: 'سادہ زبان کی رپورٹ' },
    'how-we-are-doing/': {
      title: 'ہماری کارکردگی',
      description: () => 'ہر پیمانے کے تازہ ترین اعداد و شمار، ہمارے اہداف کے مقابلے میں۔',
    },
    'strategy-on-a-page/': { title: 'ایک صفحے پر ہماری حکمت عملی', description: () => 'پوری حکمت عملی ایک صفحے پر، پرنٹ کرنے کے لیے۔' },
    'easy-read/all/': {
      title: 'آسان زبان، سب کچھ ایک صفحے پر',
      description: () => 'آسان زبان والا پورا ورژن ایک صفحے پر، پرنٹ کرنے کے لیے۔',
    },
    '404/': { title: 'صفحہ نہیں ملا' },
  },
  generated: {
    contentsDescription: (strategyName: string) => `${strategyName} کے تمام صفحات، الف تا ے${stop}`,
    searchDescription: (strategyName: string) => `${strategyName} کے تمام صفحات میں تلاش کریں${stop}`,
    /** Before the link to the contents page, which ends the sentence: "… آپ تمام صفحات <فہرست والے صفحے پر دیکھ سکتے ہیں>". */
    searchNeedsScripts: 'تلاش کے لیے JavaScript درکار ہے، جو آپ کے براؤزر میں بند ہے یا دستیاب نہیں۔ آپ تمام صفحات',
    contentsPage: 'فہرست (الف تا ے) والے صفحے پر دیکھ سکتے ہیں',
    alsoBrowse: 'آپ چاہیں تو',
    everyPage: 'الف تا ے تمام صفحات بھی دیکھ سکتے ہیں',
    searchPlaceholder: 'اس حکمت عملی میں تلاش کریں',
    searchInterface: {
      clear_search: 'صاف کریں',
      load_more: 'مزید نتائج دکھائیں',
      search_label: 'اس ویب سائٹ میں تلاش کریں',
      filters_label: 'فلٹر',
      zero_results: '[SEARCH_TERM] کے لیے کوئی نتیجہ نہیں ملا',
      many_results: '[SEARCH_TERM] کے لیے [COUNT] نتائج',
      one_result: '[SEARCH_TERM] کے لیے [COUNT] نتیجہ',
      total_zero_results: 'کوئی نتیجہ نہیں',
      total_one_result: '[COUNT] نتیجہ',
      total_many_results: '[COUNT] نتائج',
      alt_search: '[SEARCH_TERM] کے لیے کوئی نتیجہ نہیں ملا۔ اس کے بجائے [DIFFERENT_TERM] کے نتائج دکھائے جا رہے ہیں',
      search_suggestion: '[SEARCH_TERM] کے لیے کوئی نتیجہ نہیں ملا۔ ان میں سے کوئی تلاش آزمائیں:',
      searching: '[SEARCH_TERM] کی تلاش جاری ہے...',
      results_label: 'تلاش کے نتائج',
      keyboard_navigate: 'آگے پیچھے جائیں',
      keyboard_select: 'منتخب کریں',
      keyboard_clear: 'صاف کریں',
      keyboard_close: 'بند کریں',
      keyboard_search: 'تلاش کریں',
      error_search: 'تلاش نہیں ہو سکی',
      filter_selected_one: '[COUNT] منتخب',
      filter_selected_many: '[COUNT] منتخب',
      input_hint: 'آپ کے لکھتے ہی نتائج یہاں آ جائیں گے',
      loading: 'لوڈ ہو رہا ہے',
    },
    notFoundDescription: 'آپ جو صفحہ تلاش کر رہے تھے وہ نہیں مل سکا۔',
    typed: 'اگر آپ نے ویب ایڈریس خود لکھا تھا تو دیکھ لیں کہ وہ درست ہے۔',
    pasted: 'اگر آپ نے ویب ایڈریس پیسٹ کیا تھا تو دیکھ لیں کہ آپ نے پورا ایڈریس کاپی کیا تھا۔',
    /** "آپ <… جا سکتے ہیں>، <… دیکھ سکتے ہیں> یا <تلاش کر سکتے ہیں>": each link carries its own verb, as Urdu puts it last. */
    youCan: 'آپ',
    goHome: 'حکمت عملی کے مرکزی صفحے پر جا سکتے ہیں',
    seeEveryPage: 'الف تا ے تمام صفحات دیکھ سکتے ہیں',
    or: 'یا',
    search: 'تلاش کر سکتے ہیں',
    comma: '،',
    fullStop: stop,
    cookiesDescription: 'یہ ویب سائٹ کوکیز استعمال نہیں کرتی۔',
    cookies: [
      'کوکیز چھوٹی فائلیں ہوتی ہیں جو کسی ویب سائٹ پر جانے کے وقت آپ کے فون، ٹیبلٹ یا کمپیوٹر میں محفوظ ہو جاتی ہیں۔',
      'یہ ویب سائٹ کوئی کوکیز نہیں لگاتی۔ یہ کسی بھی قسم کا تجزیہ یا نگرانی استعمال نہیں کرتی، اس لیے ہم آپ سے کوکیز قبول کرنے کو نہیں کہتے۔',
      'اس ویب سائٹ پر تلاش آپ کے براؤزر میں ہی ہوتی ہے۔ آپ تلاش کے خانے میں جو کچھ لکھتے ہیں وہ نہ ہمیں بھیجا جاتا ہے اور نہ کسی اور کو۔',
    ],
    homeSeeWhole: 'پوری حکمت عملی ایک صفحے پر دیکھیں',
    homeToPrint: '، پرنٹ کرنے کے لیے، یا',
    homeDownload: 'ایک صفحے والی حکمت عملی تصویر کی صورت میں ڈاؤن لوڈ کریں',
    homeMore: 'حکمت عملی کے بارے میں مزید',
    measuresDescription: (strategyName: string) => `${strategyName} کا ہر پیمانہ، اب تک شائع شدہ اعداد و شمار کے ساتھ${stop}`,
    measuresIntro:
      'ہماری حکمت عملی کا ہر پیمانہ، اب تک شائع شدہ اعداد و شمار کے ساتھ۔ ہر چارٹ کے بعد ایک جدول ہے جس میں یہی اعداد و شمار ہیں۔',
    otherMeasures: 'دیگر پیمانے',
    readMoreOnPage: 'ہمارے صفحے پر مزید پڑھیں',
    strategyOnAPageDescription: (strategyName: string) =>
      `${strategyName} ایک صفحے پر: اس کے مرکز میں کیا ہے، ہم کن باتوں پر توجہ دیں گے، اور ہماری اقدار${stop}`,
    printOnA4: 'دیوار پر لگانے کے لیے یہ صفحہ A4 کاغذ پر پرنٹ کریں۔',
    easyReadAllTitle: (strategyName: string) => `${strategyName}: آسان زبان`,
    easyReadAllDescription: (strategyName: string) => `${strategyName} کا آسان زبان والا پورا ورژن، پرنٹ کرنے کے لیے ایک صفحے پر${stop}`,
    easyReadAllIntro: 'اس صفحے پر ہمارے آسان زبان والے تمام صفحات ہیں۔ آپ اسے پرنٹ یا محفوظ کر سکتے ہیں۔',
    standardVersion: 'معیاری ورژن',
    allEasyReadPages: 'آسان زبان والے تمام صفحات',
    wholeEasyRead: 'آسان زبان میں پوری حکمت عملی ایک صفحے پر',
    toPrintOrSave: '، پرنٹ یا محفوظ کرنے کے لیے۔',
    contactDescription: (name: string) => `${name} سے اس کی حکمت عملی کے بارے میں رابطہ کرنے کا طریقہ${stop}`,
    /** "سوالات یا تبصروں کے لیے <حکمت عملی کی ٹیم | trust> سے رابطہ کریں": the words around the name, in Urdu order. */
    contactTheTeam: 'حکمت عملی کی ٹیم',
    contact: 'سوالات یا تبصروں کے لیے',
    withQuestions: 'سے رابطہ کریں',
    orToAsk: '۔ آپ یہ معلومات درج ذیل میں سے کسی شکل میں بھی مانگ سکتے ہیں:',
    email: 'ای میل',
    phone: 'فون',
    address: 'پتہ',
    web: 'ویب',
    weReply: (responseTime: string) => `ہم ${responseTime} جواب دیتے ہیں${stop}`,
  },
  /** The accessibility statement, following GOV.UK's model statement for public sector websites. */
  accessibility: {
    description: (strategyName: string) => `${strategyName} کی ویب سائٹ کس حد تک قابل رسائی ہے، اور کسی مسئلے کی اطلاع کیسے دیں${stop}`,
    compliance: {
      'not-assessed':
        'اس ویب سائٹ کا ابھی ویب مواد تک رسائی کے رہنما اصول (WCAG) ورژن 2.2 کے AA معیار پر جائزہ نہیں لیا گیا، اس لیے ہم ابھی یہ نہیں بتا سکتے کہ یہ اس معیار پر کس حد تک پورا اترتی ہے۔',
      full: 'یہ ویب سائٹ ویب مواد تک رسائی کے رہنما اصول (WCAG) ورژن 2.2 کے AA معیار پر پوری طرح عمل کرتی ہے۔',
      partial:
        'یہ ویب سائٹ ویب مواد تک رسائی کے رہنما اصول (WCAG) ورژن 2.2 کے AA معیار پر جزوی طور پر عمل کرتی ہے، جس کی وجہ نیچے درج مسائل ہیں۔',
      none: 'یہ ویب سائٹ ویب مواد تک رسائی کے رہنما اصول (WCAG) ورژن 2.2 کے AA معیار پر عمل نہیں کرتی۔ مسائل نیچے درج ہیں۔',
    },
    appliesTo: (strategyName: string, url: string, name: string) =>
      `رسائی کا یہ بیان ${strategyName} کی ویب سائٹ ${url} پر لاگو ہوتا ہے، جسے ${name} چلاتا ہے${stop}`,
    wantMany: 'ہم چاہتے ہیں کہ زیادہ سے زیادہ لوگ یہ ویب سائٹ استعمال کر سکیں۔',
    forExample: ' مثال کے طور پر، آپ کو یہ سب کر سکنا چاہیے:',
    youCan: [
      'اپنے براؤزر یا آلے کی ترتیبات سے رنگ، کنٹراسٹ اور فونٹ تبدیل کرنا',
      'متن کے اسکرین سے باہر نکلے بغیر 400% تک بڑا کر کے دیکھنا',
      'صرف کی بورڈ استعمال کرتے ہوئے ویب سائٹ کے شروع سے آخر تک جانا',
      'آواز پہچاننے والے سافٹ ویئر کے ذریعے ویب سائٹ کے شروع سے آخر تک جانا',
      'اسکرین ریڈر کے ذریعے ویب سائٹ کو سننا',
      'جہاں آسان زبان والا ورژن لکھا گیا ہو، وہاں صفحات کا وہ ورژن پڑھنا',
    ],
    howAccessible: 'یہ ویب سائٹ کس حد تک قابل رسائی ہے',
    notTested: 'ہم نے ابھی یہ جانچ نہیں کی کہ یہ ویب سائٹ کس حد تک قابل رسائی ہے۔',
    noKnownParts: 'ہمارے علم میں اس ویب سائٹ کا کوئی ایسا حصہ نہیں جسے معذور افراد کے لیے استعمال کرنا مشکل ہو۔',
    someParts: 'ہم جانتے ہیں کہ اس ویب سائٹ کے کچھ حصے پوری طرح قابل رسائی نہیں ہیں:',
    feedback: 'رائے اور رابطے کی معلومات',
    ifYouNeedIn: (formats: string) => `اگر آپ کو اس ویب سائٹ کی معلومات ${formats} میں درکار ہوں تو`,
    ifYouHaveAQuestion: 'اگر اس ویب سائٹ کے بارے میں آپ کا کوئی سوال ہو تو',
    considerRequest: (responseTime: string) => `ہم آپ کی درخواست پر غور کریں گے اور ${responseTime} آپ کو جواب دیں گے${stop}`,
    reporting: 'اس ویب سائٹ پر رسائی کے مسائل کی اطلاع دینا',
    alwaysLooking:
      'ہم اس ویب سائٹ تک رسائی کو بہتر بنانے کی مسلسل کوشش کرتے رہتے ہیں۔ اگر آپ کو کوئی ایسا مسئلہ نظر آئے جو اس صفحے پر درج نہیں، یا آپ کو لگے کہ ہم رسائی کے تقاضے پورے نہیں کر رہے، تو',
    tellUsAddress: '۔ ہمیں صفحے کا ویب ایڈریس اور مسئلے کی تفصیل بتائیں۔',
    enforcement: 'نفاذ کا طریقہ کار',
    enforcementText:
      'پبلک سیکٹر باڈیز (ویب سائٹس اور موبائل ایپلیکیشنز) (نمبر 2) رسائی ضوابط 2018 ("رسائی کے ضوابط") کے نفاذ کی ذمہ داری مساوات اور انسانی حقوق کمیشن (EHRC) کی ہے۔ اگر آپ اپنی شکایت پر ہمارے جواب سے مطمئن نہیں ہیں تو مساوات سے متعلق مشاورتی اور معاونتی سروس (EASS) سے رابطہ کریں۔',
    technical: 'اس ویب سائٹ تک رسائی کے بارے میں تکنیکی معلومات',
    committed: (name: string) => `${name} رسائی کے ضوابط کے مطابق اپنی ویب سائٹ کو قابل رسائی بنانے کا پابند ہے${stop}`,
    complianceStatus: 'تعمیل کی صورتحال',
    nonAccessible: 'ناقابل رسائی مواد',
    listedBelow: 'نیچے درج مواد درج ذیل وجوہات کی بنا پر قابل رسائی نہیں ہے۔',
    nonCompliance: 'رسائی کے ضوابط کی عدم تعمیل',
    cannotList: 'جب تک اس ویب سائٹ کی جانچ نہیں ہو جاتی، ہم ایسا مواد درج نہیں کر سکتے جو رسائی کے ضوابط پر پورا نہیں اترتا۔',
    noKnownContent: 'ہمارے علم میں کوئی ایسا مواد نہیں جو رسائی کے ضوابط پر پورا نہ اترتا ہو۔',
    burden: 'غیر متناسب بوجھ',
    noBurden: 'ہم یہ دعویٰ نہیں کر رہے کہ اس ویب سائٹ کے کسی حصے کو درست کرنا غیر متناسب بوجھ ہو گا۔',
    outOfScope: 'وہ مواد جو رسائی کے ضوابط کے دائرے میں نہیں آتا',
    oldDocuments:
      '23 ستمبر 2018 سے پہلے شائع ہونے والی PDF فائلوں اور دیگر دستاویزات کے لیے ضوابط پر پورا اترنا ضروری نہیں، اگر وہ ہماری خدمات کے استعمال کے لیے لازمی نہ ہوں۔',
    improving: 'رسائی کو بہتر بنانے کے لیے ہم کیا کر رہے ہیں',
    planBeside: 'ہر معلوم مسئلے کے لیے ہمارا منصوبہ اوپر اس کے ساتھ دیا گیا ہے۔',
    pleaseTell: 'اگر آپ کو کوئی مسئلہ نظر آئے تو براہ کرم ہمیں بتائیں، جیسا کہ اوپر رسائی کے مسائل کی اطلاع دینے کے حصے میں بتایا گیا ہے۔',
    preparation: 'رسائی کے اس بیان کی تیاری',
    prepared: (date: string) => `یہ بیان ${date} کو تیار کیا گیا${stop}`,
    reviewed: (date: string) => `اس کا آخری جائزہ ${date} کو لیا گیا${stop}`,
    tested: (date: string) => `اس ویب سائٹ کی آخری جانچ ${date} کو کی گئی${stop}`,
    testedBy: (who: string) => ` یہ جانچ ${who} نے کی${stop}`,
    notYetTested: 'اس ویب سائٹ کی رسائی کی ابھی جانچ نہیں کی گئی۔',
  },
  navigation: {
    contact: 'رابطہ',
    easyRead: 'آسان زبان',
    easyReadHome: 'آسان زبان کا مرکزی صفحہ',
    printItAll: 'سب کچھ پرنٹ کریں',
    contactUs: 'ہم سے رابطہ کریں',
    standardWebsite: 'معیاری ویب سائٹ',
    easyReadTitle: (title: string) => `${title} (آسان زبان)`,
  },
  pageKinds: {
    home: 'مرکزی صفحہ',
    contact: 'رابطہ',
    accessibility: 'اس ویب سائٹ کے بارے میں',
    cookies: 'اس ویب سائٹ کے بارے میں',
  },
  previousStrategy: {
    heading: 'یہ ہماری موجودہ حکمت عملی نہیں ہے',
    years: (start: number, end: number) => `${start} سے ${end} تک`,
    replaced: (name: string, years: string, date: string | undefined, current: string) =>
      `یہ ہماری پچھلی حکمت عملی، ${name}، ${years} ہے۔ اس کی جگہ${date ? ` ${date} کو` : ''} ${current} نے لے لی۔`,
    samePage: (current: string) => `یہ صفحہ ${current} میں پڑھیں`,
    currentHome: (current: string) => `ہماری موجودہ حکمت عملی، ${current}، پر جائیں`,
    listTitle: 'ہماری پچھلی حکمت عملیاں',
    listIntro:
      'ان حکمت عملیوں کی جگہ نئی حکمت عملیوں نے لے لی ہے۔ ہم انہیں یہاں رکھتے ہیں تاکہ آپ دیکھ سکیں کہ ہم نے پہلے کیا منصوبہ بنایا تھا۔',
    searchFilter: 'پچھلی حکمت عملیاں',
    currentFilter: 'موجودہ حکمت عملی',
    includeInSearch: 'پچھلی حکمت عملیاں بھی شامل کریں',
    includeInSearchHint: 'ہماری پچھلی حکمت عملیاں تلاش میں شامل نہیں ہوتیں جب تک آپ یہ نہ چنیں۔',
  },
  status: {
    engagement: 'ہم آپ کی بات سن رہے ہیں: یہ حکمت عملی آپ کے ساتھ مل کر تیار کی جا رہی ہے',
    draft: 'مسودہ: اس حکمت عملی پر ابھی اتفاق نہیں ہوا',
    launched: 'ہماری موجودہ حکمت عملی',
    refreshing: 'ہم اس حکمت عملی پر نظرِ ثانی کر رہے ہیں: اپنی رائے دیں',
  },
  /** Each as it reads before "میں" (in): "بڑے حروف میں", "کسی اور زبان میں". */
  otherFormats: {
    'large-print': 'بڑے حروف',
    'easy-read': 'آسان زبان',
    audio: 'آڈیو',
    braille: 'بریل',
    'british-sign-language': 'برطانوی اشاروں کی زبان',
    'other-languages': 'کسی اور زبان',
  },
  list,
  /** "اگر آپ کو یہ معلومات درج ذیل میں سے کسی شکل میں درکار ہوں: بڑے حروف یا بریل، ای میل کریں: …" */
  askForFormats: {
    thisInformation: 'یہ معلومات',
    ifYouNeed: 'اگر آپ کو',
    in: 'درج ذیل میں سے کسی شکل میں درکار ہوں:',
    weWillReply: (responseTime: string) => ` ہم ${responseTime} جواب دیں گے${stop}`,
  },
  /** In easy Urdu: short sentences and common words; "منصوبہ" (plan) for "حکمت عملی" (strategy). */
  /** صفحے کی تاریخ: لیبل کے بعد وقفہ (:) اور پھر تاریخ، جیسے surveyCloses میں۔ */
  pageHistory: {
    published: (date: string) => `شائع ہوا: ${date}`,
    lastUpdated: (date: string) => `آخری بار تبدیل ہوا: ${date}`,
    seeAllUpdates: 'تمام تبدیلیاں دیکھیں',
    firstPublished: `پہلی بار شائع ہوا${stop}`,
    lastReviewed: (date: string) => `صفحے کا آخری جائزہ: ${date}`,
    nextReview: (date: string) => `اگلے جائزے کی تاریخ: ${date}`,
    feedTitle: (site: string) => `${site}: صفحات میں تبدیلیاں`,
    feedLink: 'صفحات میں تبدیلیاں (ایٹم فیڈ)',
    newPage: (title: string) => `نیا صفحہ: ${title}`,
    updated: (title: string) => `تبدیل شدہ صفحہ: ${title}`,
  },
  easyRead: {
    previousStrategy: {
      heading: 'یہ ہمارا پرانا منصوبہ ہے',
      replaced: (name: string, years: string, date: string | undefined, current: string) =>
        `اس منصوبے کا نام ${name} تھا۔ یہ ${years} کے لیے تھا۔${date ? ` ہم نے ${date} کو اسے استعمال کرنا بند کر دیا۔` : ''} ہمارے نئے منصوبے کا نام ${current} ہے۔`,
      samePage: 'یہ صفحہ ہمارے نئے منصوبے میں پڑھیں',
      currentHome: 'ہمارے نئے منصوبے پر جائیں',
    },
    /** The verb last, the date before "کو" (on) or "تک" (by). */
    history: {
      published: (date: string) => `ہم نے یہ صفحہ ${date} کو آن لائن ڈالا${stop}`,
      lastUpdated: (date: string) => `ہم نے یہ صفحہ آخری بار ${date} کو بدلا${stop}`,
      seeAllUpdates: 'ہم نے کیا بدلا',
      firstPublished: `ہم نے یہ صفحہ آن لائن ڈالا${stop}`,
      lastReviewed: (date: string) => `ہم نے یہ صفحہ ${date} کو جانچا${stop}`,
      nextReview: (date: string) => `ہم اسے ${date} تک دوبارہ جانچیں گے${stop}`,
    },
    status: {
      engagement: 'ہم ابھی یہ منصوبہ بنا رہے ہیں۔ ہم لوگوں سے پوچھ رہے ہیں کہ وہ کیا سوچتے ہیں۔',
      draft: 'یہ منصوبہ ابھی مکمل نہیں ہوا۔',
      launched: 'ہم اب یہ منصوبہ استعمال کر رہے ہیں۔',
      refreshing: 'ہم اس منصوبے کو دوبارہ دیکھ رہے ہیں۔ ہم لوگوں سے پوچھ رہے ہیں کہ وہ کیا سوچتے ہیں۔',
    },
    strategy: (name: string, period: { start: number; end: number } | undefined) =>
      `ہمارے منصوبے کا نام ${name} ہے۔${period ? ` یہ ${period.start} تا ${period.end} کے لیے ہے۔` : ''}`,
    oneFormat: (format: string) => `آپ یہ ${format} میں مانگ سکتے ہیں${stop}`,
    formatsIntro: 'آپ یہ ان شکلوں میں مانگ سکتے ہیں:',
    routesIntro: 'مانگنے کے لیے:',
    howToAsk: 'مانگنے کے لیے',
    reply: 'ہم جواب دیں گے:',
  },
  event: {
    past: 'گزر چکی',
    date: 'تاریخ',
    time: 'وقت',
    to: 'تا',
    how: 'کیسے',
    where: 'کہاں',
    formats: { 'in-person': 'بالمشافہ', online: 'آن لائن', hybrid: 'بالمشافہ اور آن لائن' },
    joinOrBook: 'شامل ہوں یا جگہ بک کریں',
    bookAPlace: 'جگہ بک کریں',
    forEvent: (title: string) => ` — ${title}`,
    addToCalendar: 'اپنے کیلنڈر میں شامل کریں',
    bookOrJoin: (link: string) => `جگہ بک کریں یا شامل ہوں: ${link}`,
    details: (pageUrl: string) => `تفصیلات: ${pageUrl}`,
    calendarName: (shortName: string) => `${shortName} کی تقریبات`,
  },
  takePart: {
    heading: 'اپنی رائے دیں',
    /** "<سروے> میں شرکت کر سکتے ہیں: <audience>۔ آخری تاریخ: <date>": the words around the survey's own, in an order Urdu allows. */
    isOpenTo: 'میں شرکت کر سکتے ہیں:',
    until: '— آخری تاریخ:',
    fillInSurvey: 'سروے پُر کریں',
    orFindOutMore: 'یا ہمارے صفحے پر مزید جانیں: ',
    findOutMore: 'ہمارے صفحے پر مزید جانیں: ',
    /** "ہماری اگلی تقریب: <title> بتاریخ <day> بوقت <time>": the formal "بتاریخ" (on the date) and "بوقت" (at the time) go before. */
    nextEventIs: 'ہماری اگلی تقریب:',
    on: 'بتاریخ',
    at: 'بوقت',
    moreAboutEvents: 'ہماری تقریبات کے بارے میں مزید جانیں',
  },
  engagement: {
    inNumbers: 'اعداد و شمار میں',
    youSaidWeDid: 'آپ نے کہا، ہم نے کیا',
    youSaid: 'آپ نے کہا',
    weDid: 'ہم نے کیا',
    /** "برائے <audience>": the Persian preposition leaves the trust's words as written (a postposition would need them changed). */
    forAudience: (audience: string) => `برائے ${audience}${stop}`,
    surveyCloses: 'سروے بند ہونے کی تاریخ:',
    fillInSurvey: 'سروے پُر کریں',
    surveyClosed: 'یہ سروے اس تاریخ کو بند ہو گیا:',
    thankYou: 'حصہ لینے والے ہر فرد کا شکریہ۔',
    readWhatWeHeard: 'پڑھیں کہ ہم نے کیا سنا',
    upcomingEvents: 'آنے والی تقریبات',
    subscribe: 'ہماری تمام آنے والی تقریبات کو سبسکرائب کریں',
    subscribeFormat: '(کیلنڈر فیڈ، ICS فائل)',
    pastEvents: 'گزشتہ تقریبات',
    questionsAsked: 'ہم نے جو سوالات پوچھے',
    questionsToThinkAbout: 'وہ سوالات جن پر ہم چاہتے ہیں کہ آپ غور کریں',
    faq: 'اکثر پوچھے جانے والے سوالات',
    tellUs: 'ہمیں اپنی رائے بتائیں',
    toSendComments: 'اپنی آراء اور سوالات بھیجنے کے لیے',
  },
  measures: {
    rowKinds: { start: 'نقطۂ آغاز', measured: 'پیمائش', target: 'ہدف' },
    /** "ہدف مارچ 2027 تک 75% ہے". */
    target: (value: string, date: string | undefined) => `ہدف ${date ? `${date} تک ` : ''}${value} ہے`,
    notMeasuredYet: (target: string) => `ابھی پیمائش نہیں ہوئی: ${target}${stop}`,
    latestFigure: 'تازہ ترین عدد',
    startingPoint: 'نقطۂ آغاز',
    summary: (kind: string, value: string, date: string, target: string | undefined) =>
      `${kind}: ${value} (${date})${target ? `؛ ${target}` : ''}${stop}`,
    /** "61% (مارچ 2025) سے اضافہ؛ زیادہ ہونا بہتر ہے، اس لیے صورتحال بہتر ہو رہی ہے۔" */
    trend: (moved: 'up' | 'down' | 'same', from: string, date: string, better: string | undefined, improving: boolean | undefined) =>
      `${from} (${date}) ${moves[moved]}${
        better && improving !== undefined
          ? `؛ ${betterWords[better] ?? better} ہونا بہتر ہے، اس لیے صورتحال ${improving ? 'بہتر ہو رہی ہے' : 'خراب ہو رہی ہے'}`
          : ''
      }${stop}`,
    partOf: 'اس کا حصہ:',
    figuresFor: 'اعداد و شمار برائے',
    figure: 'عدد',
    notSet: 'طے نہیں',
    when: 'کب',
    value: 'قدر',
    chart: 'چارٹ:',
    targetOnChart: 'ہدف',
    barsFrom: (max: string) => `بارز 0 سے ${max} تک بنائے گئے ہیں${stop}`,
    sameFiguresBelow: 'یہی اعداد و شمار نیچے جدول میں ہیں۔',
  },
  delivery: {
    published: 'اشاعت',
    seeCharts: 'ہر پیمانے پر ہماری کارکردگی کے چارٹ دیکھیں',
  },
  progressReport: {
    covers: 'مدت',
    period: (start: string, end: string) => `${start} سے ${end} تک`,
    published: 'اشاعت',
    agreedBy: 'منظوری',
    boardPapers: 'بورڈ کے کاغذات پڑھیں',
    goalsHeading: 'ہر مقصد پر پیش رفت',
    status: 'صورتحال:',
    statuses: { 'on-track': 'درست سمت میں', 'some-delay': 'کچھ تاخیر', 'not-started': 'ابھی شروع نہیں ہوا', done: 'مکمل' },
    changed: 'کیا بدلا',
    next: 'آگے کیا ہوگا',
    homeLatest: 'ہماری تازہ ترین پیش رفت رپورٹ',
    homePublished: (date: string) => `اشاعت: ${date}۔`,
  },
  documents: {
    fileFormat: (extension: string) => fileFormats[extension] ?? (extension.toUpperCase() || 'فائل'),
    bytes: (bytes: number) => `${bytes} بائٹ`,
    kilobytes: (kilobytes: number) => `${kilobytes} KB`,
    megabytes: (megabytes: number) => `${megabytes} MB`,
    pages: (pages: number) => `${pages} ${pages === 1 ? 'صفحہ' : 'صفحات'}`,
    kinds: { full: 'مکمل حکمت عملی', summary: 'خلاصہ', 'easy-read': 'آسان زبان', other: 'دستاویز' },
    onAnotherWebsite: 'کسی اور ویب سائٹ پر',
    onRequest: 'درخواست پر دستیاب ہے۔ کاپی مانگنے کے لیے',
    published: 'اشاعت',
    inLanguage: (language: string) => `زبان: ${language}`,
    alsoOnThisSite: 'اس ویب سائٹ پر یہ بھی:',
    /** Plural, as "یہ معلومات" is: both are followed by "درکار ہوں". */
    anyOfThese: 'یہ دستاویزات',
  },
  strategy: { withYears: strategyWithYears, of: strategyOf },
  links: { readAbout, inFull },
  glance: {
    valuesRefreshed: 'ہماری اقدار پر نظرِ ثانی ہو رہی ہے',
    heading: 'حکمت عملی ایک نظر میں',
    atTheCentre: 'مرکز میں:',
  },
  pdf: {
    contents: 'فہرست',
    pageOf: (page: string, total: string) => `صفحہ ${page} از ${total}`,
    years: (start: number, end: number) => `${start} سے ${end} تک`,
    easyRead: 'آسان زبان والا ورژن',
    onTheWeb: 'آپ اسے ہماری ویب سائٹ پر بھی پڑھ سکتے ہیں:',
  },
  strategyOnAPage: {
    heading: 'ایک صفحے پر ہماری حکمت عملی',
    open: 'ایک صفحے والی حکمت عملی کھولیں اور پرنٹ کریں',
    or: 'یا',
    download: 'ڈاؤن لوڈ کریں:',
    downloadInSentence: 'ڈاؤن لوڈ کریں:',
    asAPicture: 'سلائیڈز اور نیوز لیٹرز کے لیے تصویر',
    centre: 'مرکز میں',
    ourStrategy: 'ہماری حکمت عملی',
    pictureTitle: (strategyName: string) => `${strategyName}: ایک صفحے پر ہماری حکمت عملی`,
    fileName: (strategyName: string) => `${strategyName} - ایک صفحے پر ہماری حکمت عملی`,
  },
} satisfies Catalogue;

export default urPK;
