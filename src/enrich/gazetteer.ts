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
Vietnam|Yemen|Zambia|Zimbabwe|Greenland|Puerto Rico|Guam|Hong Kong|Macau|Gaza|West Bank|Crimea|Donbas|Kashmir|Tibet|Xinjiang|
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
Company|Inc.|Inc|Ltd|LLC|Group|Forum|Alliance|Foundation|Club|Board|Authority|Bureau|Mission|Command|Corps|Force|Guard|Army|Navy|
School|Academy|Center|Centre|Coalition|Federation|League|Network|Society|Trust|Tribunal|Secretariat|Cabinet|Police|Caucus|Council`).map((w) => w.toLowerCase());

/** Organisations often named by acronym or one word. */
export const KNOWN_ORGANIZATIONS = list(`NATO|OPEC|ASEAN|IMF|WTO|OECD|UNESCO|UNICEF|UNHCR|FBI|CIA|NASA|FEMA|EPA|IAEA|ICC|Interpol|Kremlin|
Pentagon|Congress|Senate|G7|G20|Quad|Hamas|Hezbollah|Taliban|Houthis|ISIS|Al-Qaeda|Reuters|TASS|AP|AFP|Xinhua|Kyodo|dpa|ANSA|
Amtrak|Valdai Discussion Club`);
