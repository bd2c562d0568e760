// Word lists the entity rules rely on: places by name, common given names, and the words
// that end an organisation's name. Data, not logic; extend freely.

const list = (s: string): string[] => s.split('|').map((x) => x.trim()).filter(Boolean);

export const COUNTRIES = list(`Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|
Brunei|Bulgaria|Burkina Faso|Burundi|Cabo Verde|Cambodia|Cameroon|Canada|Central African Republic|Chad|Chile|China|Colombia|Comoros|
Congo|Democratic Republic of the Congo|Costa Rica|Cote d'Ivoire|Côte d'Ivoire|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|
Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|
Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|
Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|
Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|
Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|
Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|
Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saint Kitts and Nevis|Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|
Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|
Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Timor-Leste|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|
Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|
Vietnam|Yemen|Zambia|Zimbabwe|Federated States of Micronesia|Korea|Greenland|Puerto Rico|Guam|Hong Kong|Macau|Gaza|West Bank|Crimea|Donbas|Kashmir|Tibet|Xinjiang|
Scotland|England|Wales|Northern Ireland|Kurdistan|Somaliland|Western Sahara`);

export const US_STATES = list(`Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|
Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|
New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|American Samoa|
U.S. Virgin Islands|Northern Mariana Islands`);

export const CITIES = list(`Geneva|Moscow|Sochi|Damascus|Aleppo|Beirut|Baghdad|Tehran|Kabul|Kyiv|Kiev|Kharkiv|Odesa|Mariupol|Minsk|Warsaw|
Berlin|Paris|London|Rome|Madrid|Lisbon|Brussels|Amsterdam|The Hague|Vienna|Prague|Budapest|Bucharest|Sofia|Athens|Ankara|Istanbul|
Jerusalem|Tel Aviv|Cairo|Riyadh|Doha|Dubai|Abu Dhabi|Amman|Beijing|Shanghai|Hong Kong|Tokyo|Osaka|Seoul|Pyongyang|Taipei|Manila|
Jakarta|Bangkok|Hanoi|Singapore|Kuala Lumpur|New Delhi|Delhi|Mumbai|Islamabad|Karachi|Dhaka|Colombo|Kathmandu|Canberra|Sydney|
Melbourne|Wellington|Auckland|Ottawa|Toronto|Montreal|Vancouver|Mexico City|Havana|Caracas|Bogota|Bogotá|Lima|Santiago|Buenos Aires|
Brasilia|Brasília|Sao Paulo|São Paulo|Rio de Janeiro|Nairobi|Addis Ababa|Lagos|Abuja|Accra|Dakar|Johannesburg|Pretoria|Cape Town|
Kinshasa|Khartoum|Tripoli|Tunis|Algiers|Rabat|Casablanca|Oslo|Stockholm|Helsinki|Copenhagen|Dublin|Edinburgh|Belfast|Reykjavik|
Tallinn|Riga|Vilnius|Chisinau|Tbilisi|Yerevan|Baku|Astana|Tashkent|Bishkek|Dushanbe|Ashgabat|Ulaanbaatar|Vladivostok|
St. Petersburg|Saint Petersburg|Washington|Washington, D.C.|New York City|Chicago|Los Angeles|San Francisco|Boston|Philadelphia|
Houston|Dallas|Austin|Atlanta|Miami|Detroit|Seattle|Denver|Phoenix|Baltimore|Pittsburgh|Cleveland|Minneapolis|New Orleans|Nashville|
Memphis|Charlotte|Las Vegas|San Diego|Portland|Honolulu|Anchorage|Sacramento|Richmond|Camp David|Buffalo|Uvalde|Parkland|Newtown|
El Paso|Charleston|Tulsa|Selma|Montgomery|Birmingham|Jackson|Milwaukee|Kansas City|St. Louis|Omaha|Albuquerque|Salt Lake City|
Black Sea|Mediterranean|Red Sea|Persian Gulf|South China Sea|Taiwan Strait|Arctic|Antarctica|Middle East|Europe|Asia|Africa|
Latin America|North America|South America|Central America|Caribbean|Indo-Pacific|Pacific|Atlantic|Sahel|Balkans|Caucasus|
Western Hemisphere|Gulf of Mexico|Gulf Coast|Great Lakes|Appalachia|Puerto Rico|Pearl Harbor|Normandy|Hiroshima|Nagasaki`);

/** Given names common in news text, to recognise "Anna Schmidt" as a person without a title. */
export const GIVEN_NAMES = list(`Aaron|Abdul|Abdullah|Adam|Ahmed|Alan|Albert|Alejandro|Alex|Alexander|Alexei|Ali|Alice|Amanda|Amy|Ana|Andrea|
Andrew|Andrzej|Angela|Ann|Anna|Anne|Anthony|Antonio|António|Antony|Barack|Benjamin|Bernie|Beth|Bill|Bob|Boris|Brian|Carlos|Carol|
Catherine|Charles|Chen|Chris|Christian|Christine|Christopher|Chuck|Cindy|Claudia|Cory|Dan|Daniel|David|Deb|Deborah|Denis|Dennis|
Diana|Dick|Dmitry|Dmitri|Donald|Doug|Douglas|Ed|Edward|Elena|Elizabeth|Emily|Emma|Emmanuel|Eric|Erik|Fatima|Federica|Felix|Félix|
Fernando|Francis|Frank|Gary|Gavin|Gennady|Gennadiy|George|Gina|Grace|Greg|Gretchen|Hakeem|Hans|Harry|Heather|Helen|Hillary|
Hiroshi|Hunter|Ian|Igor|Ilya|Ivan|Jack|Jacob|Jake|James|Jamie|Jane|Janet|Jared|Jason|Javier|Jay|Jean|Jeff|Jeffrey|Jen|Jennifer|
Jill|Jim|Jimmy|Joe|John|Jon|Jonathan|Jose|José|Joseph|Josh|Juan|Julia|Julie|Justin|Karen|Karine|Kate|Katherine|Kathy|Kay|Keith|
Kelly|Ken|Kevin|Kim|Kofi|Kristi|Kamala|Lars|Laura|Lee|Li|Linda|Lisa|Liz|Lloyd|Luis|Marco|Margaret|Maria|María|Marie|Mark|Marty|
Mary|Matt|Matthew|Michael|Michelle|Mike|Mitch|Mohammed|Muhammad|Nancy|Narendra|Natalia|Neil|Nicholas|Nick|Nikolai|Oleg|Olaf|Olena|
Pamela|Patrick|Paul|Pavel|Pete|Peter|Priya|Rachel|Rahm|Ralph|Raphael|Rebecca|Recep|Rex|Richard|Rishi|Rob|Robert|Roger|Ron|Ronald|
Rosa|Ruth|Ryan|Sam|Samantha|Samuel|Sarah|Scott|Sean|Sergei|Sergey|Shinzo|Sophie|Staffan|Stephen|Steve|Steven|Susan|Suzanne|Tammy|
Ted|Thomas|Tim|Tom|Tony|Valerie|Victor|Viktor|Vivek|Vladimir|Volodymyr|Walter|Wang|Wendy|William|Xi|Yair|Yuki|Yuri|Zelensky`);

/** Last words that make a capitalised phrase an organisation. */
export const ORG_HEADS = list(`Department|Ministry|Council|Committee|Agency|Organization|Organisation|Office|Association|Union|Bank|Fund|
Commission|Court|University|College|Institute|Congress|Senate|Parliament|Assembly|Party|Service|Services|Administration|Corporation|
Company|Inc.|Inc|Ltd|LLC|Group|Hospital|Library|Museum|Laboratory|Clinic|Forum|Alliance|Foundation|Club|Board|Authority|Bureau|Mission|Command|Corps|Force|Guard|Army|Navy|
School|Academy|Center|Centre|Coalition|Federation|League|Network|Society|Trust|Tribunal|Secretariat|Cabinet|Police|Caucus|Council|Tribe`).map((w) => w.toLowerCase());

/** Organisations often named by acronym or one word. */
export const KNOWN_ORGANIZATIONS = list(`NATO|OPEC|ASEAN|IMF|WTO|OECD|UNESCO|UNICEF|UNHCR|FBI|CIA|NASA|FEMA|EPA|IAEA|ICC|Interpol|Kremlin|
Pentagon|Congress|Senate|House of Representatives|G7|G20|Quad|Hamas|Hezbollah|Taliban|Houthis|ISIS|Al-Qaeda|Reuters|TASS|AP|AFP|Xinhua|Kyodo|dpa|ANSA|
Amtrak|Valdai Discussion Club|Federal Reserve|Central Bank of Russia|
United States Army|United States Navy|United States Air Force|United States Marine Corps|United States Coast Guard|
United States Space Force|National Guard|Army National Guard|Air National Guard|Joint Chiefs of Staff`);

/** More cities: large and often-datelined cities of the United States and the world. */
export const MORE_CITIES = list(`Cincinnati|Columbus|Indianapolis|Jacksonville|Fort Worth|San Antonio|San Jose|Oklahoma City|Louisville|
Tucson|Fresno|Mesa|Raleigh|Durham|Virginia Beach|Long Beach|Oakland|Tampa|Orlando|Arlington|Aurora|Bakersfield|Wichita|Honolulu|
Lexington|Stockton|Corpus Christi|Henderson|Riverside|Newark|Saint Paul|St. Paul|Santa Ana|Anaheim|Toledo|Greensboro|Lincoln|Plano|
Chula Vista|Fort Wayne|Jersey City|Laredo|Madison|Lubbock|Scottsdale|Reno|Glendale|Chandler|Norfolk|Boise|Spokane|Fargo|Lansing|
Des Moines|Little Rock|Hartford|Providence|Albany|Harrisburg|Trenton|Annapolis|Dover|Concord|Montpelier|Augusta|Tallahassee|
Baton Rouge|Jackson|Springfield|Topeka|Bismarck|Pierre|Cheyenne|Helena|Olympia|Salem|Carson City|Juneau|Santa Fe|Frankfort|
Charleston|Columbia|Savannah|Knoxville|Chattanooga|Birmingham|Mobile|Flint|Grand Rapids|Ann Arbor|Dayton|Akron|Rochester|Syracuse|
Yonkers|Brooklyn|Bronx|Manhattan|Queens|Staten Island|Hoboken|Camden|Wilmington|Scranton|Erie|Allentown|Worcester|Cambridge|
Burlington|Portland|Eugene|Tacoma|Anchorage|Fairbanks|Galveston|Beaumont|Amarillo|Odessa|Midland|McAllen|Brownsville|Flagstaff|
Yuma|Santa Barbara|San Bernardino|Pasadena|Palo Alto|Berkeley|Silicon Valley|Napa|Maui|Lahaina|Key West|Fort Lauderdale|
Tijuana|Guadalajara|Monterrey|Ciudad Juarez|Ciudad Juárez|Guatemala City|San Salvador|Tegucigalpa|Managua|San Jose|Panama City|
Quito|Guayaquil|La Paz|Asuncion|Asunción|Montevideo|Medellin|Medellín|Cali|Cartagena|Port-au-Prince|Santo Domingo|Kingston|
Nassau|Bridgetown|Port of Spain|Georgetown|Paramaribo|Cordoba|Córdoba|Rosario|Recife|Salvador|Manaus|Belo Horizonte|Porto Alegre|
Calgary|Edmonton|Winnipeg|Quebec|Quebec City|Halifax|Victoria|Regina|Saskatoon|Hamilton|Manchester|Liverpool|Leeds|Glasgow|
Bristol|Oxford|Cardiff|Cork|Lyon|Marseille|Nice|Toulouse|Bordeaux|Strasbourg|Lille|Hamburg|Munich|Frankfurt|Cologne|Stuttgart|
Dusseldorf|Düsseldorf|Leipzig|Dresden|Bonn|Zurich|Zürich|Basel|Bern|Lausanne|Davos|Milan|Naples|Turin|Florence|Venice|Genoa|
Palermo|Bologna|Barcelona|Valencia|Seville|Bilbao|Malaga|Porto|Rotterdam|Antwerp|Ghent|Luxembourg City|Gdansk|Krakow|Kraków|
Wroclaw|Lodz|Lviv|Dnipro|Zaporizhzhia|Kherson|Donetsk|Luhansk|Bakhmut|Sevastopol|Belgorod|Kursk|Rostov-on-Don|Novosibirsk|
Yekaterinburg|Kazan|Nizhny Novgorod|Samara|Volgograd|Krasnodar|Kaliningrad|Murmansk|Irkutsk|Khabarovsk|Grozny|Bratislava|
Ljubljana|Zagreb|Belgrade|Sarajevo|Podgorica|Skopje|Tirana|Pristina|Nicosia|Valletta|Thessaloniki|Izmir|Antalya|Gaziantep|
Aleppo|Homs|Idlib|Raqqa|Deir ez-Zor|Latakia|Tartus|Daraa|Mosul|Basra|Erbil|Kirkuk|Fallujah|Ramadi|Najaf|Karbala|Mashhad|Isfahan|
Tabriz|Shiraz|Kandahar|Herat|Mazar-i-Sharif|Jalalabad|Lahore|Peshawar|Rawalpindi|Quetta|Kolkata|Chennai|Bangalore|Bengaluru|
Hyderabad|Ahmedabad|Pune|Jaipur|Lucknow|Chittagong|Yangon|Naypyidaw|Mandalay|Phnom Penh|Vientiane|Ho Chi Minh City|Da Nang|
Cebu|Davao|Surabaya|Bali|Guangzhou|Shenzhen|Chongqing|Chengdu|Wuhan|Tianjin|Nanjing|Hangzhou|Xi'an|Harbin|Urumqi|Lhasa|Busan|
Incheon|Kyoto|Yokohama|Nagoya|Sapporo|Fukuoka|Okinawa|Kaohsiung|Perth|Brisbane|Adelaide|Darwin|Hobart|Christchurch|Suva|
Port Moresby|Nuku'alofa|Apia|Honiara|Jeddah|Mecca|Medina|Dammam|Muscat|Manama|Kuwait City|Sanaa|Aden|Hodeidah|Marib|Sharjah|
Haifa|Ramallah|Hebron|Nablus|Jenin|Bethlehem|Rafah|Khan Younis|Gaza City|Sidon|Tyre|Alexandria|Giza|Luxor|Aswan|Port Said|
Sharm el-Sheikh|Benghazi|Misrata|Sfax|Marrakesh|Marrakech|Tangier|Fez|Oran|Nouakchott|Bamako|Niamey|Ouagadougou|N'Djamena|
Abidjan|Yamoussoukro|Lome|Lomé|Cotonou|Porto-Novo|Freetown|Monrovia|Conakry|Bissau|Banjul|Praia|Kano|Port Harcourt|Ibadan|
Yaounde|Yaoundé|Douala|Libreville|Malabo|Brazzaville|Bangui|Luanda|Lusaka|Harare|Bulawayo|Maputo|Lilongwe|Blantyre|Gaborone|
Windhoek|Maseru|Mbabane|Durban|Port Elizabeth|Antananarivo|Port Louis|Victoria|Moroni|Dodoma|Dar es Salaam|Zanzibar|Kampala|
Kigali|Bujumbura|Goma|Lubumbashi|Juba|Omdurman|Port Sudan|El Fasher|Asmara|Djibouti City|Mogadishu|Hargeisa|Mombasa|Kisumu|
Gondar|Mekelle|Almaty|Nur-Sultan|Samarkand|Bukhara|Osh|Batumi|Gyumri|Stepanakert|Ganja|Aktau|Tiraspol|Odessa|Chernobyl|
Bucha|Irpin|Avdiivka|Mykolaiv|Vinnytsia|Poltava|Sumy|Chernihiv|Kramatorsk|Sloviansk|Melitopol|Berdyansk|Zhytomyr|Uzhhorod|
Kemerovo|Magnitogorsk|Krasnoyarsk|Tomsk|Barnaul|Yakutsk|Baikonur|Omsk|Makhachkala|Ufa|Perm|Chelyabinsk|Voronezh|Arkhangelsk|Oymyakon|Tyumen|Saratov|Yaroslavl|Ryazan|Penza|Bryansk|Smolensk|Pskov|Tver|Kaluga|Orenburg|Astrakhan|Stavropol|Nalchik|Vladikavkaz|Petrozavodsk|Syktyvkar|Salekhard|Khanty-Mansiysk|Surgut|Magadan|Petropavlovsk-Kamchatsky|Yuzhno-Sakhalinsk|Blagoveshchensk|Ulan-Ude|Abakan|Kyzyl|Novokuznetsk|Cherepovets|Vologda|Kostroma|Ivanovo|Veliky Novgorod|Izhevsk|Cheboksary|Saransk|Ulyanovsk|Tolyatti|Naberezhnye Chelny|Kerch|Yalta|Feodosia|Yevpatoria|Sabetta|Plesetsk|Vostochny|Severomorsk|Gadzhiyevo|Hama|Palmyra|Ghouta|Eastern Ghouta|Douma|Afrin|Manbij|Al Bukamal|Abu Kamal|Hmeymim|Khmeimim|Ternopil|Ivano-Frankivsk|Rivne|Lutsk|Slavyansk|Horlivka|Gorlovka|Debaltseve|Shymkent|Karaganda|Brest|Gomel|Grodno|Vitebsk|Mogilev|Kutaisi|Sukhum|Sukhumi|Tskhinval|Tskhinvali`);

/** Regions and areas that news names like places. */
export const REGIONS = list(`East Coast|West Coast|Gulf Coast|Midwest|Southwest|Southeast|Northeast|Northwest|Pacific Northwest|
New England|Rust Belt|Sun Belt|Deep South|Great Plains|Rocky Mountains|Appalachia|Silicon Valley|Central Asia|South Asia|
Southeast Asia|East Asia|West Africa|East Africa|North Africa|Southern Africa|Central Africa|Horn of Africa|Sub-Saharan Africa|
Eastern Europe|Western Europe|Central Europe|Northern Europe|Southern Europe|Scandinavia|Baltics|Levant|Maghreb|Gulf|
Golan Heights|Sinai|Nagorno-Karabakh|Donetsk People's Republic|Luhansk People's Republic|Abkhazia|South Ossetia|Transnistria|Kaliningrad|Kuril Islands|Arctic|Antarctic|
Amazon|Himalayas|Korean Peninsula|Strait of Hormuz|Bosphorus|Suez Canal|Panama Canal|Baltic Sea|North Sea|Caspian Sea|
Sea of Azov|Sea of Japan|East China Sea|Yellow Sea|Arabian Sea|Indian Ocean|Pacific Ocean|Atlantic Ocean|Gulf of Aden|
Mediterranean Sea|Aegean Sea|Adriatic Sea|Euphrates|Tigris|Nile|Danube|Dnieper|Donbass|Zaporizhzhia|Kherson|Idlib|Darfur|
Tigray|Kashmir|Punjab|Bengal|Kurdistan|Rakhine|Balochistan|Xinjiang|Hong Kong|Macau|Greater Manchester`);

/**
 * A table looked up by words of a seed's text, as a Map: looked up in a plain object, "constructor"
 * or "__proto__" would find Object's own members (a function, an object); and a Map takes the
 * words of a text, strings made at each reading, faster than a keyed object does.
 */
export function lookupTable<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

/** Capitals whose name often stands for their country's government ("Moscow said"). */
export const CAPITAL_OF = lookupTable<string>({
  Moscow: 'Russia', Damascus: 'Syria', Beijing: 'China', Kyiv: 'Ukraine', Kiev: 'Ukraine', Tehran: 'Iran', Ankara: 'Turkey',
  Washington: 'United States', London: 'United Kingdom', Paris: 'France', Berlin: 'Germany', Tokyo: 'Japan', Seoul: 'South Korea',
  Pyongyang: 'North Korea', Taipei: 'Taiwan', Jerusalem: 'Israel', Riyadh: 'Saudi Arabia', Cairo: 'Egypt', Baghdad: 'Iraq',
  Kabul: 'Afghanistan', Islamabad: 'Pakistan', 'New Delhi': 'India', Delhi: 'India', Minsk: 'Belarus', Warsaw: 'Poland',
  Budapest: 'Hungary', Rome: 'Italy', Madrid: 'Spain', Ottawa: 'Canada', Canberra: 'Australia', Havana: 'Cuba', Caracas: 'Venezuela',
  Brasilia: 'Brazil', 'Brasília': 'Brazil', 'Mexico City': 'Mexico', Doha: 'Qatar', 'Abu Dhabi': 'United Arab Emirates', Amman: 'Jordan',
  Beirut: 'Lebanon', Tripoli: 'Libya', Khartoum: 'Sudan', 'Addis Ababa': 'Ethiopia', Nairobi: 'Kenya', Pretoria: 'South Africa',
  Tbilisi: 'Georgia', Yerevan: 'Armenia', Baku: 'Azerbaijan', Chisinau: 'Moldova', Belgrade: 'Serbia', Athens: 'Greece',
  Manila: 'Philippines', Hanoi: 'Vietnam', Jakarta: 'Indonesia', Bangkok: 'Thailand', Dhaka: 'Bangladesh', Astana: 'Kazakhstan',
  Tashkent: 'Uzbekistan', Sanaa: 'Yemen', Muscat: 'Oman', Algiers: 'Algeria', Rabat: 'Morocco', Tunis: 'Tunisia', Stockholm: 'Sweden',
  Oslo: 'Norway', Helsinki: 'Finland', Copenhagen: 'Denmark', Vienna: 'Austria', Prague: 'Czech Republic', Bucharest: 'Romania',
});

/** Demonyms and their countries, so that "Syrian talks" and "talks in Syria" fold to one key. */
export const DEMONYM_OF = lookupTable<string>({
  Afghan: 'Afghanistan', Albanian: 'Albania', Algerian: 'Algeria', American: 'United States', Argentine: 'Argentina', Argentinian: 'Argentina',
  Armenian: 'Armenia', Australian: 'Australia', Austrian: 'Austria', Azerbaijani: 'Azerbaijan', Belarusian: 'Belarus', Belgian: 'Belgium',
  Bolivian: 'Bolivia', Bosnian: 'Bosnia and Herzegovina', Brazilian: 'Brazil', British: 'United Kingdom', Bulgarian: 'Bulgaria',
  Burmese: 'Myanmar', Cambodian: 'Cambodia', Canadian: 'Canada', Chilean: 'Chile', Chinese: 'China', Colombian: 'Colombia',
  Croatian: 'Croatia', Cuban: 'Cuba', Cypriot: 'Cyprus', Czech: 'Czech Republic', Danish: 'Denmark', Dutch: 'Netherlands',
  Ecuadorian: 'Ecuador', Egyptian: 'Egypt', Emirati: 'United Arab Emirates', Eritrean: 'Eritrea', Estonian: 'Estonia', Ethiopian: 'Ethiopia',
  Filipino: 'Philippines', Finnish: 'Finland', French: 'France', Georgian: 'Georgia', German: 'Germany', Ghanaian: 'Ghana', Greek: 'Greece',
  Guatemalan: 'Guatemala', Haitian: 'Haiti', Honduran: 'Honduras', Hungarian: 'Hungary', Indian: 'India', Indonesian: 'Indonesia',
  Iranian: 'Iran', Iraqi: 'Iraq', Irish: 'Ireland', Israeli: 'Israel', Italian: 'Italy', Japanese: 'Japan', Jordanian: 'Jordan',
  Kazakh: 'Kazakhstan', Kenyan: 'Kenya', Korean: 'Korea', Kuwaiti: 'Kuwait', Kyrgyz: 'Kyrgyzstan', Latvian: 'Latvia', Lebanese: 'Lebanon',
  Libyan: 'Libya', Lithuanian: 'Lithuania', Malaysian: 'Malaysia', Malian: 'Mali', Mexican: 'Mexico', Moldovan: 'Moldova',
  Mongolian: 'Mongolia', Moroccan: 'Morocco', Nepali: 'Nepal', Nicaraguan: 'Nicaragua', Nigerian: 'Nigeria', Nigerien: 'Niger',
  Norwegian: 'Norway', Pakistani: 'Pakistan', Palestinian: 'Palestine', Panamanian: 'Panama', Peruvian: 'Peru', Polish: 'Poland',
  Portuguese: 'Portugal', Qatari: 'Qatar', Romanian: 'Romania', Russian: 'Russia', Rwandan: 'Rwanda', Saudi: 'Saudi Arabia',
  Serbian: 'Serbia', Singaporean: 'Singapore', Slovak: 'Slovakia', Slovenian: 'Slovenia', Somali: 'Somalia', Spanish: 'Spain',
  Sudanese: 'Sudan', Swedish: 'Sweden', Swiss: 'Switzerland', Syrian: 'Syria', Taiwanese: 'Taiwan', Tajik: 'Tajikistan',
  Thai: 'Thailand', Tunisian: 'Tunisia', Turkish: 'Turkey', Turkmen: 'Turkmenistan', Ugandan: 'Uganda', Ukrainian: 'Ukraine',
  Uruguayan: 'Uruguay', Uzbek: 'Uzbekistan', Venezuelan: 'Venezuela', Vietnamese: 'Vietnam', Yemeni: 'Yemen', Zambian: 'Zambia',
  Zimbabwean: 'Zimbabwe', European: 'Europe', African: 'Africa', Asian: 'Asia', Arab: 'Arab',
});

/** Acronyms of bodies that news uses without spelling them out, to the full names their topic pages take. */
export const ACRONYMS: Record<string, string> = {
  FBI: 'Federal Bureau of Investigation', CIA: 'Central Intelligence Agency', NASA: 'National Aeronautics and Space Administration',
  FEMA: 'Federal Emergency Management Agency', EPA: 'Environmental Protection Agency', FDA: 'Food and Drug Administration',
  CDC: 'Centers for Disease Control and Prevention', DHS: 'Department of Homeland Security', DOJ: 'Department of Justice',
  DOD: 'Department of Defense', DoD: 'Department of Defense', HHS: 'Department of Health and Human Services',
  USDA: 'Department of Agriculture', HUD: 'Department of Housing and Urban Development', DOT: 'Department of Transportation',
  DOE: 'Department of Energy', VA: 'Department of Veterans Affairs', USAID: 'United States Agency for International Development',
  NSC: 'National Security Council', NIH: 'National Institutes of Health', NSA: 'National Security Agency', SEC: 'Securities and Exchange Commission',
  FCC: 'Federal Communications Commission', FTC: 'Federal Trade Commission', FAA: 'Federal Aviation Administration',
  IRS: 'Internal Revenue Service', SBA: 'Small Business Administration', OMB: 'Office of Management and Budget', OPM: 'Office of Personnel Management',
  NOAA: 'National Oceanic and Atmospheric Administration', CISA: 'Cybersecurity and Infrastructure Security Agency', TSA: 'Transportation Security Administration',
  ICE: 'Immigration and Customs Enforcement', CBP: 'Customs and Border Protection', DEA: 'Drug Enforcement Administration',
  ATF: 'Bureau of Alcohol, Tobacco, Firearms and Explosives', NLRB: 'National Labor Relations Board', USCIS: 'United States Citizenship and Immigration Services',
  IMF: 'International Monetary Fund', WTO: 'World Trade Organization', IAEA: 'International Atomic Energy Agency',
  OSCE: 'Organization for Security and Co-operation in Europe', OPCW: 'Organisation for the Prohibition of Chemical Weapons',
  UNHCR: 'UNHCR', UNICEF: 'UNICEF', UNESCO: 'UNESCO', OECD: 'OECD', OPEC: 'OPEC', ASEAN: 'ASEAN', NATO: 'NATO', CSTO: 'Collective Security Treaty Organization',
  SCO: 'Shanghai Cooperation Organisation', BRICS: 'BRICS', AU: 'African Union', ECB: 'European Central Bank', ICJ: 'International Court of Justice',
  ICC: 'International Criminal Court', FIFA: 'FIFA', IOC: 'International Olympic Committee', OAS: 'Organization of American States',
};

/** Given names from many languages, to recognise "Anna Schmidt" as a person without a title. */
export const MORE_GIVEN_NAMES = list(`Abigail|Adrian|Adriana|Agnes|Ahmad|Aisha|Akira|Alain|Alberto|Aleksandr|Aleksei|Alexandra|Alexandre|
Alexis|Alfred|Alfredo|Alicia|Alison|Allison|Amir|Amit|Anastasia|Anders|Andre|André|Andrei|Andrey|Andres|Andrés|Angel|Angelo|Anil|Anita|
Anton|Antoine|Anwar|Arnold|Arthur|Arturo|Ashley|Ashraf|Audrey|Barbara|Bashar|Beatriz|Ben|Benedict|Benoit|Bernard|Bernardo|Betty|
Beverly|Bilal|Billy|Bjorn|Björn|Bonnie|Bradley|Brandon|Brenda|Brett|Bruce|Bruno|Bryan|Caitlin|Cameron|Camila|Carl|Carla|Carlo|Carmen|
Caroline|Carolyn|Cassandra|Catalina|Cecilia|Charlotte|Cheryl|Chloe|Christina|Christophe|Claire|Clara|Claude|Clarence|Colin|Connie|
Craig|Cristina|Curtis|Cynthia|Dale|Dalia|Dana|Danielle|Darius|Darren|Dean|Debbie|Debra|Denise|Derek|Diane|Diego|Dieter|Dina|
Dmytro|Dolores|Dominic|Dominique|Donna|Doris|Dorothy|Duncan|Dwight|Earl|Eduardo|Edgar|Edith|Eduard|Eileen|Elaine|Eleanor|Eli|Elias|
Elijah|Elisabeth|Elise|Ella|Ellen|Elon|Emil|Emilia|Emine|Enrique|Erin|Ernest|Ernesto|Esther|Ethan|Eugene|Evan|Evelyn|Fabian|Farah|
Faisal|Fatma|Felipe|Francesca|Francesco|Francisco|Franco|Francois|François|Frederick|Friedrich|Gabriel|Gabriela|Gabrielle|
Genevieve|Geoffrey|Georg|Gerald|Gerard|Gerhard|Gilbert|Giorgia|Giovanni|Giuseppe|Gloria|Gordon|Gregory|Guillermo|Gustavo|Hamid|Hana|
Hannah|Hassan|Hector|Héctor|Heidi|Heinrich|Helena|Henri|Henrik|Henry|Herbert|Hiroshi|Holly|Howard|Hugo|Hussein|Ibrahim|Ignacio|
Ingrid|Irene|Iris|Isaac|Isabel|Isabella|Ismail|Jaime|Jakub|Jamal|Janice|Jasmine|Jean-Claude|Jean-Luc|Jean-Pierre|Jeanne|Jennie|
Jeremy|Jerome|Jerry|Jesse|Jessica|Jesus|Jesús|Joan|Joanna|Joao|João|Joaquin|Joaquín|Joel|Johann|Johannes|Johnny|Jorge|Josef|
Josephine|Joshua|Joy|Joyce|Judith|Judy|Jules|Julian|Julien|Julio|Jürgen|Jurgen|Kai|Karim|Karl|Kate|Katarzyna|Katharina|Kathleen|
Kathryn|Katie|Katrin|Kazuo|Kenji|Kenneth|Khaled|Khalid|Kirill|Klaus|Kristen|Kristin|Kurt|Kyle|Larry|Laurent|Lawrence|Leila|Lena|
Leo|Leon|Leonard|Leonid|Lewis|Liam|Lillian|Lindsey|Lorenzo|Lori|Louis|Louise|Luca|Lucas|Lucia|Lucy|Luigi|Luiz|Luka|Lukas|Lynn|
Magdalena|Mahmoud|Malik|Manuel|Marc|Marcel|Marcia|Marcus|Margarita|Mariana|Marina|Mario|Marisa|Marjorie|Marta|Martha|Martin|Martina|
Marvin|Mateo|Mathieu|Matteo|Maurice|Max|Maxim|Maxime|Maya|Megan|Mehmet|Melanie|Melissa|Merrick|Mia|Michel|Michele|Miguel|Mikhail|
Milan|Miriam|Mohamed|Mohammad|Monica|Morgan|Moses|Mustafa|Nadia|Naftali|Nasser|Natalie|Nathan|Nathalie|Nicola|Nicolas|Nicole|
Nikita|Nikol|Nina|Noah|Nora|Norman|Olga|Oliver|Olivia|Omar|Oscar|Osman|Pablo|Paola|Patricia|Paula|Pauline|Pedro|Peggy|Penny|
Philip|Philippe|Phillip|Pierre|Pietro|Piotr|Preeti|Rafael|Rahul|Raja|Rajesh|Ramon|Ramón|Randall|Randy|Raquel|Raul|Raúl|Ravi|Ray|
Raymond|Regina|Reza|Ricardo|Riccardo|Rita|Roberta|Roberto|Robin|Rodrigo|Roman|Rosemary|Ross|Roy|Ruben|Rubén|Rudolf|Russell|
Saad|Sabine|Sadiq|Salman|Sandra|Sara|Sasha|Saul|Sebastian|Sebastián|Selina|Serena|Sergio|Shane|Sharon|Shirley|Silvia|Simon|
Simone|Sofia|Sonia|Stefan|Stefano|Stella|Stephanie|Svetlana|Sylvia|Takeshi|Tamara|Tanya|Tara|Tatiana|Teresa|Terry|Theresa|
Thierry|Timothy|Tina|Todd|Tomas|Tomás|Travis|Tyler|Ursula|Valentina|Valentin|Vanessa|Vera|Veronica|Vicente|Victoria|Vincent|
Virginia|Vitaly|Vladislav|Wayne|Wei|Werner|Wolfgang|Xavier|Yasmin|Yevgeny|Yoshihide|Yousef|Youssef|Yusuf|Yulia|Zachary|Zoe|Zhang|
Andriy|Oleksandr|Oleksiy|Mykola|Petro|Taras|Yulia|Vasily|Valery|Valentina|Anatoly|Nikolay|Yevgeniy|Evgeny|Ramzan|Sergiy|Denys|
Abdel|Abdelaziz|Abu|Abbas|Ayman|Emad|Fahad|Hamad|Hamza|Hasan|Hussain|Jamil|Jaber|Kamal|Majid|Marwan|Mohamad|Nabil|Rami|
Riad|Salah|Salim|Sami|Tariq|Walid|Yahya|Yasser|Yousuf|Ziad|Recep|Ekrem|Binali|Mevlut|Hakan|Emine|Ilham|Nikol|Kassym-Jomart|
Shavkat|Emomali|Nursultan|Alexander|Jens|Ursula|Josep|Charles|Volker|Annalena|Olaf|Emmanuel|Giorgia|Mario|Pedro|Mark|Keir|Liz|
Theresa|Narendra|Shehbaz|Imran|Nawaz|Fumio|Jacinda|Anthony|Justin|Jair|Gustavo|Alberto|Nayib|Daniel|
Luis|Andrés|Dina|Xiomara|Nicolás|Cyril|Muhammadu|Bola|Uhuru|William|Paul|Abiy|Yoweri|Felix|Félix|Macky|Ali|Mahamat|Ibrahim|
Alina|Yury|Magnus|Fabiano|Evgenia|Elvira|Tatyana|Irina|Ksenia|Kseniya|Ruslan|Arkady|Vyacheslav|Alexey|Konstantin|Stanislav|Artem|Artyom|Timur|Grigory|Fyodor|Pyotr|Semyon|Zakhar|Bohdan|Arseniy|Vitali|Yevgenia|Lyudmila|Galina|Larisa|Nadezhda|Oksana|Polina|Daria|Darya|Yekaterina|Ekaterina|Elena|Yelena|Lyubov|Veronika|Anastasiya|Yaroslav|Rostislav|Svyatoslav|Gleb|Matvei|Danila|Daniil|Yegor|Egor|Vsevolod|Gennadiy|Akhmat|Serhiy|Vasyl|Yuriy|Yevhen|Vitaliy|Kostiantyn|Arsen|Ihor|Nataliya|Yuliya|Iryna|Olena|Tetiana|Ulyana|Veniamin|Rinat|Marat|Aslan|Magomed|Serzh|Gurbanguly|Sooronbay|Almazbek|Igor|Oleg`);

/**
 * Large companies known worldwide (the biggest by revenue or market value, and household brands),
 * often named with no "Inc." or "Corporation" to mark them: "Walmart reported …".
 */
export const COMPANIES = list(`Walmart|Apple|Microsoft|Alphabet|Google|Meta|Facebook|Instagram|WhatsApp|Twitter|TikTok|ByteDance|
Netflix|Nvidia|Intel|AMD|Qualcomm|Broadcom|IBM|Oracle|Cisco|Salesforce|Adobe|SAP|Dell|HP|Hewlett Packard Enterprise|Micron|Texas Instruments|
Samsung|Sony|Panasonic|Toshiba|Hitachi|LG|Huawei|ZTE|Xiaomi|Lenovo|Alibaba|Tencent|Baidu|JD.com|TSMC|Foxconn|ASML|Nokia|Ericsson|Siemens|
Philips|Bosch|SolarWinds|Accenture|Deloitte|PwC|KPMG|Ernst & Young|McKinsey|Palantir|Uber|Lyft|Airbnb|DoorDash|PayPal|Mastercard|
American Express|JPMorgan|JPMorgan Chase|Goldman Sachs|Morgan Stanley|Citigroup|Citi|Citibank|Wells Fargo|Bank of America|Capital One|BlackRock|
Berkshire Hathaway|Charles Schwab|HSBC|Barclays|Deutsche Bank|UBS|Credit Suisse|BNP Paribas|Santander|Kroger|Costco|Home Depot|
Lowe's|Walgreens|CVS|CVS Health|Rite Aid|Albertsons|Best Buy|Dollar General|Macy's|IKEA|Carrefour|Tesco|Aldi|Lidl|Nike|Adidas|Coca-Cola|
PepsiCo|Nestlé|Nestle|Unilever|Procter & Gamble|Kraft Heinz|Tyson Foods|Cargill|Archer Daniels Midland|McDonald's|Starbucks|Domino's|
Anheuser-Busch|Johnson & Johnson|Pfizer|Moderna|BioNTech|AstraZeneca|Merck|Eli Lilly|AbbVie|Bristol Myers Squibb|Novartis|Roche|Sanofi|
GlaxoSmithKline|GSK|Novavax|Gilead|Amgen|UnitedHealth|Cigna|Humana|Aetna|Kaiser Permanente|ExxonMobil|Exxon|Chevron|Shell|BP|
TotalEnergies|ConocoPhillips|Saudi Aramco|Aramco|Gazprom|Rosneft|Lukoil|Novatek|Sinopec|PetroChina|Equinor|Eni|Duke Energy|Exelon|
NextEra|Xcel Energy|Dominion Energy|Southern Company|Colonial Pipeline|Boeing|Airbus|Lockheed Martin|Raytheon|Northrop Grumman|
General Dynamics|BAE Systems|General Electric|Honeywell|3M|Caterpillar|Deere|John Deere|Ford Motor|General Motors|GM|Stellantis|Chrysler|Tesla|
Toyota|Honda|Nissan|Hyundai|Kia|Volkswagen|BMW|Mercedes-Benz|Daimler|Renault|Volvo|SpaceX|Blue Origin|Verizon|AT&T|T-Mobile|Comcast|
Charter Communications|Disney|Warner Bros|Paramount|FedEx|UPS|DHL|Maersk|Delta Air Lines|United Airlines|American Airlines|Southwest Airlines|
Lufthansa|Aeroflot|Sberbank|VTB|Rosatom|Roscosmos|Rostec|Yandex|Kaspersky|Norilsk Nickel|Rusal|Alrosa|Gazprombank`);

/** The states' postal codes, as in "Queensbury, NY", to the states' names. */
export const STATE_CODES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri',
  MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington',
  WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', PR: 'Puerto Rico', GU: 'Guam', VI: 'U.S. Virgin Islands',
};
