// The news agencies the wires name in the scripts of their own services, each with its name in
// Latin letters, as its English copy gives it: Reuters' Arabic service signs `(رويترز)`, PTI's
// Hindi service Bhasha `(भाषा)`, TASS's Russian copy `/ТАСС/`, Xinhua's Chinese `新华社`. One
// agency is one source topic, one value of the search's source filter and one source of a story,
// whatever script its reports write its name in; the name it is shown under is the one the
// archive writes most (see articleTopics), the others its topic's other spellings: a Russian
// archive's TASS is ТАСС, an English one's TASS. The article keeps its source as the seed wrote
// it (its page, listings, feeds, JSON-LD, the API). Data, not logic; extend freely.

/** The agency's name in Latin letters, as its datelines in English give it, and its names in other scripts. */
const ACROSS_SCRIPTS: [string, string[]][] = [
  ['Reuters', ['رويترز', 'रॉयटर्स', 'रायटर', 'Рейтер', 'Рейтерс', '路透社']],
  ['AFP', ['أ ف ب', 'أ.ف.ب', 'ا ف ب', 'فرانس برس', 'एएफपी', 'Франс Пресс', 'Франс-Пресс', '法新社']],
  ['AP', ['أ ب', 'أسوشيتد برس', 'एपी', 'Ассошиэйтед Пресс', '美联社']],
  ['EFE', ['إفي', 'افي']],
  ['dpa', ['د ب أ', 'د.ب.أ']],
  ['Anadolu', ['الأناضول', 'الاناضول']],
  ['Xinhua', ['شينخوا', '新华社', '新华网', 'Синьхуа']],
  ['Sputnik', ['سبوتنيك', 'Спутник']],
  ['UPI', ['يو بي آي']],
  // The Arab states' agencies, by their Arabic acronyms.
  ['SPA', ['واس']],
  ['WAM', ['وام']],
  ['QNA', ['قنا']],
  ['KUNA', ['كونا']],
  ['BNA', ['بنا']],
  ['SANA', ['سانا']],
  ['WAFA', ['وفا']],
  ['Petra', ['بترا']],
  ['MENA', ['أ ش أ', 'أ.ش.أ']],
  ['MAP', ['ومع']],
  ['APS', ['واج']],
  ['TAP', ['وات']],
  ['ONA', ['العمانية']],
  // PTI's Hindi service, Bhasha, and UNI's, Varta; the agencies in Devanagari.
  ['PTI', ['पीटीआई', 'भाषा']],
  ['UNI', ['वार्ता', 'यूनीवार्ता']],
  ['IANS', ['आईएएनएस']],
  ['ANI', ['एएनआई']],
  // The Russian and Ukrainian agencies in Cyrillic, as their datelines write them.
  ['TASS', ['ТАСС', 'ИТАР-ТАСС', 'ТАСС-ДОСЬЕ', '塔斯社']],
  ['RIA Novosti', ['РИА Новости']],
  ['Interfax', ['Интерфакс', 'ИНТЕРФАКС']],
  ['Interfax-Ukraine', ['Інтерфакс-Україна', 'Интерфакс-Украина']],
  ['Ukrinform', ['Укрінформ', 'Укринформ']],
  ['UNIAN', ['УНІАН', 'УНИАН']],
  ['PRIME', ['ПРАЙМ', 'Прайм']],
  // Kyodo's and Jiji's Japanese datelines (`【東京共同】`), Yonhap's Korean (`(서울=연합뉴스)`), China News Service's.
  ['Kyodo', ['共同', '共同通信']],
  ['Jiji Press', ['時事', '時事通信']],
  ['Yonhap', ['연합뉴스']],
  ['China News Service', ['中新社', '中新网', '中国新闻网']],
];

const LATIN_NAME = new Map(ACROSS_SCRIPTS.flatMap(([latin, others]) => others.map((other) => [other.normalize('NFC'), latin] as const)));

/**
 * The name in Latin letters of an agency named in another script (`رويترز`, `भाषा`,
 * `ТАСС`, `新华社`: Reuters, PTI, TASS, Xinhua), else the source as it is.
 */
export function agencyInLatin(source: string): string {
  return LATIN_NAME.get(source.trim().normalize('NFC')) ?? source;
}
