// Organisations news names with no head word to mark them ("Sysco reported …", "The Wall Street
// Journal said …"), and the other names and acronyms of common bodies. Data, not logic: complete
// lists by kind (the largest companies of the United States and the world, major news
// organisations, the largest law firms, federal agencies and offices, international bodies,
// universities' common names), never names picked from any one article. Single words that are
// also common words, places or family names ("Target", "Ford", "Williams") are left out: a list
// cannot tell them apart from the word.

const list = (s: string): string[] => s.split('|').map((x) => x.trim()).filter(Boolean);

/**
 * The largest companies of the United States (the Fortune 500, by the names news uses) and of the
 * world (the Global 500 and the largest by market value), beyond gazetteer.ts's COMPANIES.
 */
export const MORE_COMPANIES = list(`Amazon.com|Berkshire Hathaway|UnitedHealth Group|McKesson|AmerisourceBergen|Cencora|Cardinal Health|Elevance Health|Centene|Sysco|
Molina Healthcare|Humana|Marathon Petroleum|Phillips 66|Valero Energy|Valero|Archer-Daniels-Midland|ADM|Energy Transfer|
Enterprise Products Partners|Kinder Morgan|Williams Companies|ONEOK|Cheniere Energy|Occidental Petroleum|EOG Resources|
Pioneer Natural Resources|Devon Energy|Halliburton|Schlumberger|SLB|Baker Hughes|Murphy Oil|Sempra|Sempra Energy|
American Electric Power|Entergy|FirstEnergy|PG&E|Pacific Gas and Electric|Edison International|Southern California Edison|
Consolidated Edison|Con Edison|Constellation Energy|Vistra|NRG Energy|AES|PSEG|Public Service Enterprise Group|DTE Energy|
CMS Energy|Ameren|Evergy|Eversource|National Grid|PPL|CenterPoint Energy|WEC Energy|Alliant Energy|Avangrid|Iberdrola|Enel|EDF|
Engie|Ørsted|Vestas|Siemens Energy|Siemens Gamesa|GE Vernova|GE Aerospace|GE HealthCare|Schneider Electric|ABB|
Rockwell Automation|Emerson Electric|Johnson Controls|Trane Technologies|Parker Hannifin|Illinois Tool Works|Paccar|Navistar|
Oshkosh|Textron|L3Harris|Leidos|Booz Allen Hamilton|SAIC|CACI|Huntington Ingalls|RTX|Pratt & Whitney|Collins Aerospace|
Rolls-Royce|Safran|Rheinmetall|Saab|Embraer|Bombardier|Hexcel|Spirit AeroSystems|TransDigm|Honeywell|Dow Chemical|DuPont|
LyondellBasell|BASF|Bayer|Linde|Air Products|Nucor|United States Steel|U.S. Steel|Cleveland-Cliffs|Steel Dynamics|Alcoa|
ArcelorMittal|Nippon Steel|POSCO|Freeport-McMoRan|Newmont|Rio Tinto|BHP|Glencore|Anglo American|Applied Materials|Lam Research|
KLA|Analog Devices|Marvell|Microchip Technology|ON Semiconductor|GlobalFoundries|Western Digital|Seagate|NetApp|Arista Networks|
Juniper Networks|Motorola Solutions|Zebra Technologies|Jabil|Intuit|ServiceNow|Workday|Snowflake|VMware|Autodesk|Synopsys|
Cadence Design Systems|Palo Alto Networks|CrowdStrike|Fortinet|Zscaler|Okta|Cloudflare|Datadog|Splunk|Atlassian|Shopify|Spotify|
Pinterest|Reddit|X Corp|OpenAI|Anthropic|xAI|Microsoft Azure|Amazon Web Services|AWS|Google Cloud|YouTube|LinkedIn|Dropbox|eBay|
Etsy|Expedia|Booking Holdings|Carnival|Royal Caribbean|Norwegian Cruise Line|Alaska Airlines|JetBlue|Spirit Airlines|
Frontier Airlines|Hawaiian Airlines|Air Canada|British Airways|Air France|KLM|Qatar Airways|Etihad|Singapore Airlines|
Cathay Pacific|Ryanair|easyJet|Union Pacific|BNSF|CSX|Norfolk Southern|Canadian National|Canadian Pacific|J.B. Hunt|XPO|
C.H. Robinson|General Mills|Kellanova|Mondelez|Mondelez International|Conagra|Campbell Soup|Hormel|J.M. Smucker|Smithfield Foods|
JBS|Pilgrim's Pride|Perdue Farms|Bunge|Del Monte|Frito-Lay|Nabisco|Keurig Dr Pepper|Dr Pepper|Constellation Brands|Molson Coors|
Diageo|AB InBev|Heineken|Philip Morris|Altria|British American Tobacco|Colgate-Palmolive|Kimberly-Clark|Clorox|Estée Lauder|
L'Oréal|Church & Dwight|Publix|H-E-B|Hy-Vee|Wegmans|Ahold Delhaize|Food Lion|Stop & Shop|Safeway|Trader Joe's|Whole Foods|
Whole Foods Market|Dollar Tree|Family Dollar|TJX|T.J. Maxx|Ross Stores|Nordstrom|Kohl's|J.C. Penney|Dillard's|Bed Bath & Beyond|
Williams-Sonoma|Wayfair|Chewy|Petco|PetSmart|AutoZone|O'Reilly Automotive|Advance Auto Parts|CarMax|AutoNation|Tractor Supply|
Ulta Beauty|Sephora|Foot Locker|Dick's Sporting Goods|GameStop|Lululemon|Under Armour|Levi Strauss|Ralph Lauren|PVH|
Hanesbrands|VF Corporation|Yum! Brands|Chipotle|Wendy's|Burger King|Taco Bell|KFC|Chick-fil-A|Papa John's|Darden Restaurants|
Aramark|Compass Group|Sodexo|Cintas|ManpowerGroup|Robert Half|ADP|Paychex|Fiserv|FIS|Global Payments|Visa Inc.|Mastercard|
Discover Financial|Synchrony|Ally Financial|U.S. Bancorp|U.S. Bank|PNC|PNC Financial|Truist|TD Bank|Citizens Financial|
Fifth Third|KeyCorp|Regions Financial|M&T Bank|Huntington Bancshares|First Republic|Silicon Valley Bank|Signature Bank|
State Street|BNY Mellon|Northern Trust|Fidelity Investments|T. Rowe Price|Franklin Templeton|Invesco|Blackstone|KKR|Carlyle Group|
Apollo Global Management|Bain Capital|TPG|Bridgewater Associates|Prudential Financial|MetLife|AIG|American International Group|
Allstate|Chubb|Hartford Financial|Aflac|Lincoln Financial|Principal Financial|Liberty Mutual|State Farm|USAA|New York Life|
Northwestern Mutual|MassMutual|TIAA|Fannie Mae|Freddie Mac|Sallie Mae|Navient|Moody's|S&P Global|Standard & Poor's|Fitch Ratings|
Nasdaq|Intercontinental Exchange|CME Group|Cboe|Coinbase|Binance|Robinhood|Lloyds Banking Group|NatWest|Standard Chartered|
Société Générale|Crédit Agricole|ING|ABN Amro|Commerzbank|UniCredit|Intesa Sanpaolo|BBVA|Nordea|Mitsubishi UFJ|MUFG|Mizuho|
Sumitomo Mitsui|Nomura|SoftBank|ICBC|China Construction Bank|Bank of China|Agricultural Bank of China|HDFC Bank|
State Bank of India|Royal Bank of Canada|RBC|Toronto-Dominion Bank|Scotiabank|Bank of Montreal|Allianz|AXA|Zurich Insurance|
Generali|Munich Re|Swiss Re|Ping An|Manulife|Sun Life|Regeneron|Vertex Pharmaceuticals|Biogen|Illumina|Thermo Fisher Scientific|
Danaher|Abbott Laboratories|Medtronic|Boston Scientific|Becton Dickinson|Zimmer Biomet|Intuitive Surgical|Edwards Lifesciences|
Teva|Viatris|Mylan|Novo Nordisk|Takeda|Astellas|Daiichi Sankyo|Bayer|Boehringer Ingelheim|CSL|Lonza|Catalent|Genentech|
Walgreens Boots Alliance|Express Scripts|Optum|HCA Healthcare|Tenet Healthcare|Community Health Systems|DaVita|Fresenius|Labcorp|
Quest Diagnostics|Cox Communications|Altice|Dish Network|EchoStar|Sirius XM|Lumen Technologies|Frontier Communications|Viasat|
Starlink|Iridium|America Movil|América Móvil|Vodafone|Deutsche Telekom|Telefónica|BT Group|NTT|KDDI|China Mobile|
Reliance Industries|Tata Group|Tata Consultancy Services|Infosys|Wipro|Adani Group|Warner Bros. Discovery|Fox Corporation|
Lionsgate|Live Nation|Ticketmaster|Electronic Arts|Activision Blizzard|Take-Two|Nintendo|Hasbro|Mattel|Sonos|Garmin|Nikon|
Fujifilm|Ricoh|Kyocera|TDK|Denso|Bridgestone|Michelin|ZF|Aptiv|BorgWarner|Rivian|Lucid Motors|Polestar|BYD|NIO|Geely|SAIC Motor|
Great Wall Motors|CATL|LG Energy Solution|SK Hynix|SK Innovation|Panasonic Energy|Samsung Electronics|Samsung SDI|Hyundai Motor|
Kia Motors|Toyota Motor|Honda Motor|Nissan Motor|Mitsubishi|Itochu|Marubeni|Mitsubishi Heavy Industries|Kawasaki Heavy Industries|
Fortescue|Petrobras|Pemex|Ecopetrol|YPF|Repsol|Galp|OMV|Neste|Petronas|Pertamina|ADNOC|QatarEnergy|Kuwait Petroleum|CNOOC|CNPC|
Sinochem|COSCO|China State Construction|Bechtel|Fluor|AECOM|Kiewit|Turner Construction|Skanska|Bouygues|Hochtief|Veolia|
Waste Management|Republic Services|American Water|Ecolab|Brown-Forman|Chobani|Nestlé USA|Unilever|Reckitt|Haleon|Kenvue|EVgo|
Tesla Energy|Sunrun|First Solar|Enphase|SunPower|Plug Power|Bloom Energy|NuScale|Westinghouse|Holtec|TerraPower|
Electricité de France|Duke Energy|Dominion Energy|NextEra Energy|Southern Company|Xcel Energy|Exelon|Entergy|Oracle Corporation|
Zillow|Redfin|Realogy|Anywhere Real Estate|Lennar|D.R. Horton|PulteGroup|NVR|Toll Brothers|KB Home|Weyerhaeuser|
International Paper|WestRock|Packaging Corporation of America|Ball Corporation|Crown Holdings|Owens Corning|Sherwin-Williams|PPG|
Masco|Mohawk Industries|Stanley Black & Decker|Snap-on|Fastenal|Uline|Instacart|Grubhub|Postmates|Gopuff|Shipt|Kroger Co.|
Albertsons Companies|Costco Wholesale|Sam's Club|BJ's Wholesale|Aldi|Walmart Inc.|Temu|Shein|Pinduoduo|Meituan|Ant Group|
Alipay|WeChat|Weibo|NetEase|Lenovo Group|SMIC|Hikvision|DJI|CRRC`);

/** Major newspapers, magazines, broadcasters and news agencies, by the names news gives them. */
export const NEWS_MEDIA = list(`New York Times|Washington Post|Wall Street Journal|USA Today|Los Angeles Times|Chicago Tribune|Boston Globe|
San Francisco Chronicle|Houston Chronicle|Dallas Morning News|Philadelphia Inquirer|Miami Herald|Atlanta Journal-Constitution|
Star Tribune|Denver Post|Seattle Times|Tampa Bay Times|Detroit Free Press|Baltimore Sun|Arizona Republic|Orange County Register|
San Diego Union-Tribune|Newsday|New York Post|New York Daily News|Christian Science Monitor|Financial Times|The Economist|
The Guardian|The Times|The Sunday Times|The Telegraph|Daily Telegraph|The Independent|Daily Mail|The Observer|Evening Standard|
Le Monde|Le Figaro|Libération|Der Spiegel|Die Zeit|Frankfurter Allgemeine Zeitung|Süddeutsche Zeitung|Bild|Die Welt|Handelsblatt|
Corriere della Sera|La Repubblica|El País|El Mundo|Neue Zürcher Zeitung|NRC Handelsblad|De Telegraaf|Haaretz|Jerusalem Post|
Times of Israel|Al Jazeera|Al Arabiya|Asahi Shimbun|Yomiuri Shimbun|Mainichi Shimbun|Nikkei|Nikkei Asia|Japan Times|
South China Morning Post|China Daily|Global Times|People's Daily|Times of India|Hindustan Times|The Hindu|Indian Express|
Straits Times|Sydney Morning Herald|The Australian|Globe and Mail|Toronto Star|National Post|Kyiv Independent|Kyiv Post|
Moscow Times|Novaya Gazeta|Kommersant|Izvestia|Rossiyskaya Gazeta|Vedomosti|RIA Novosti|Interfax|RT|Russia Today|Ukrinform|Yonhap|
Anadolu Agency|Bloomberg News|Associated Press|Agence France-Presse|Deutsche Presse-Agentur|EFE|Kyodo News|Jiji Press|
Press Trust of India|Bernama|Antara|Canadian Press|Australian Associated Press|United Press International|UPI|Politico|Axios|
Roll Call|Punchbowl News|ProPublica|Vox|BuzzFeed News|HuffPost|Huffington Post|Business Insider|The Atlantic|The New Yorker|
Newsweek|Bloomberg Businessweek|National Review|The New Republic|Mother Jones|Rolling Stone|Vanity Fair|National Geographic|
Scientific American|The Lancet|New England Journal of Medicine|JAMA|Kiplinger|Barron's|MarketWatch|CNBC|CNN|MSNBC|Fox News|
Fox Business|ABC News|CBS News|NBC News|PBS|NPR|PBS NewsHour|C-SPAN|Univision|Telemundo|BBC|BBC News|Sky News|ITV|Channel 4|CBC|
CTV|ABC Australia|France 24|Deutsche Welle|Euronews|NHK|CCTV|CGTN|Xinhua News Agency|Voice of America|Radio Free Europe|
Radio Free Asia`);

/** The largest law firms (by revenue), by the names they go by. */
export const LAW_FIRMS = list(`Kirkland & Ellis|Latham & Watkins|DLA Piper|Baker McKenzie|Skadden, Arps, Slate, Meagher & Flom|Skadden|Dentons|Ropes & Gray|
Sidley Austin|White & Case|Morgan, Lewis & Bockius|Morgan Lewis|Gibson, Dunn & Crutcher|Gibson Dunn|Jones Day|Hogan Lovells|
Norton Rose Fulbright|Simpson Thacher & Bartlett|Simpson Thacher|Sullivan & Cromwell|Paul, Weiss, Rifkind, Wharton & Garrison|
Paul, Weiss|Paul Weiss|Davis Polk & Wardwell|Davis Polk|Cleary Gottlieb Steen & Hamilton|Cleary Gottlieb|Cravath, Swaine & Moore|
Cravath|Wachtell, Lipton, Rosen & Katz|Wachtell Lipton|Debevoise & Plimpton|Weil, Gotshal & Manges|Weil Gotshal|
Quinn Emanuel Urquhart & Sullivan|Quinn Emanuel|Covington & Burling|WilmerHale|Wilmer Cutler Pickering Hale and Dorr|
Arnold & Porter|Arnold & Porter Kaye Scholer|Akin Gump Strauss Hauer & Feld|Akin Gump|Mayer Brown|McDermott Will & Emery|
Greenberg Traurig|Goodwin Procter|Milbank|Orrick|Orrick, Herrington & Sutcliffe|O'Melveny & Myers|Fenwick & West|
Wilson Sonsini Goodrich & Rosati|Wilson Sonsini|Willkie Farr & Gallagher|Proskauer Rose|Paul Hastings|King & Spalding|
Vinson & Elkins|Baker Botts|Fried Frank|Fried, Frank, Harris, Shriver & Jacobson|Cadwalader, Wickersham & Taft|
Shearman & Sterling|A&O Shearman|Allen & Overy|Clifford Chance|Freshfields Bruckhaus Deringer|Freshfields|Linklaters|
Slaughter and May|Herbert Smith Freehills|Eversheds Sutherland|Holland & Knight|Squire Patton Boggs|Morrison & Foerster|
Perkins Coie|Winston & Strawn|Steptoe & Johnson|Crowell & Moring|Alston & Bird|Hunton Andrews Kurth|Troutman Pepper|
Faegre Drinker|Foley & Lardner|Katten Muchin Rosenman|Seyfarth Shaw|Littler Mendelson|Jackson Lewis|Ogletree Deakins|
Baker Donelson|Bracewell|Kilpatrick Townsend|Nelson Mullins|Polsinelli|Sheppard, Mullin, Richter & Hampton|Sheppard Mullin|
Pillsbury Winthrop Shaw Pittman|Arent Fox|ArentFox Schiff|K&L Gates|Manatt, Phelps & Phillips|Munger, Tolles & Olson|
Williams & Connolly|Boies Schiller Flexner|Susman Godfrey|Kasowitz Benson Torres|Wiley Rein|Dechert|Reed Smith|Blank Rome|
Duane Morris|Ballard Spahr|Cozen O'Connor|Saul Ewing|Lowenstein Sandler|McCarter & English|Choate Hall & Stewart|Foley Hoag|
Nixon Peabody|Davis Wright Tremaine|Stoel Rives|Snell & Wilmer|Lewis Roca|Husch Blackwell|Bryan Cave|Bryan Cave Leighton Paisner|
Thompson Coburn|Armstrong Teasdale|Lathrop GPM|Fredrikson & Byron|Dorsey & Whitney`);

/**
 * Bodies of the United States government and international bodies with no head word in their name,
 * and the acronyms of federal agencies and offices beyond gazetteer.ts's ACRONYMS, to the names
 * their pages take. Acronyms that are also common words or stand as often for
 * something else ("NEC", "NSF" for non-sufficient funds, "FTA" for a free trade agreement, "USC" for the US Code) are left out.
 */
export const MORE_ACRONYMS: Record<string, string> = {
  GSA: 'General Services Administration', NIST: 'National Institute of Standards and Technology',
  USTR: 'Office of the United States Trade Representative', OSTP: 'Office of Science and Technology Policy', CEQ: 'Council on Environmental Quality',
  CFIUS: 'Committee on Foreign Investment in the United States', FERC: 'Federal Energy Regulatory Commission', NRC: 'Nuclear Regulatory Commission',
  FDIC: 'Federal Deposit Insurance Corporation', CFPB: 'Consumer Financial Protection Bureau', FHFA: 'Federal Housing Finance Agency',
  SSA: 'Social Security Administration', USPS: 'United States Postal Service', BLS: 'Bureau of Labor Statistics', CMS: 'Centers for Medicare & Medicaid Services',
  HRSA: 'Health Resources and Services Administration', SAMHSA: 'Substance Abuse and Mental Health Services Administration', USGS: 'United States Geological Survey',
  NPS: 'National Park Service', BIA: 'Bureau of Indian Affairs', NHTSA: 'National Highway Traffic Safety Administration',
  FRA: 'Federal Railroad Administration', FMCSA: 'Federal Motor Carrier Safety Administration',
  PHMSA: 'Pipeline and Hazardous Materials Safety Administration', FHWA: 'Federal Highway Administration', 
  DARPA: 'Defense Advanced Research Projects Agency', DIA: 'Defense Intelligence Agency', ODNI: 'Office of the Director of National Intelligence',
  EEOC: 'Equal Employment Opportunity Commission', OSHA: 'Occupational Safety and Health Administration', FEC: 'Federal Election Commission',
  FLRA: 'Federal Labor Relations Authority', MSPB: 'Merit Systems Protection Board', USITC: 'United States International Trade Commission',
  DFC: 'United States International Development Finance Corporation', MCC: 'Millennium Challenge Corporation', NTIA: 'National Telecommunications and Information Administration',
  USPTO: 'United States Patent and Trademark Office', NEH: 'National Endowment for the Humanities',
  USCG: 'United States Coast Guard', USSS: 'United States Secret Service', NCI: 'National Cancer Institute', CBO: 'Congressional Budget Office',
  GAO: 'Government Accountability Office', OPIC: 'Overseas Private Investment Corporation', TVA: 'Tennessee Valley Authority',
  'Ex-Im Bank': 'Export-Import Bank of the United States', EXIM: 'Export-Import Bank of the United States', FAO: 'Food and Agriculture Organization',
  WFP: 'World Food Programme', UNDP: 'United Nations Development Programme', UNEP: 'United Nations Environment Programme', IOM: 'International Organization for Migration',
  ILO: 'International Labour Organization', OHCHR: 'Office of the United Nations High Commissioner for Human Rights', UNRWA: 'UNRWA',
  ECOWAS: 'Economic Community of West African States', GCC: 'Gulf Cooperation Council', APEC: 'Asia-Pacific Economic Cooperation',
  IDB: 'Inter-American Development Bank', ADB: 'Asian Development Bank', AIIB: 'Asian Infrastructure Investment Bank', EBRD: 'European Bank for Reconstruction and Development',
  EIB: 'European Investment Bank', IFC: 'International Finance Corporation', FATF: 'Financial Action Task Force', IDF: 'Israel Defense Forces',
  NAACP: 'NAACP', 'AFL-CIO': 'AFL-CIO', SEIU: 'Service Employees International Union', UAW: 'United Auto Workers', IBEW: 'International Brotherhood of Electrical Workers',
  AFT: 'American Federation of Teachers', AARP: 'AARP', ACLU: 'American Civil Liberties Union', NRA: 'National Rifle Association',
  ASEAN: 'Association of Southeast Asian Nations', YMCA: 'YMCA', YWCA: 'YWCA', MIT: 'Massachusetts Institute of Technology', UCLA: 'University of California, Los Angeles', NYU: 'New York University',
  CUNY: 'City University of New York', SUNY: 'State University of New York', Caltech: 'California Institute of Technology',
  'Virginia Tech': 'Virginia Polytechnic Institute and State University', 'Georgia Tech': 'Georgia Institute of Technology', 'Texas A&M': 'Texas A&M University',
};

/** Other names of bodies, to the names their pages take: universities by their common names, and the like. */
export const ORG_OTHER_NAMES: Record<string, string> = {
  'Oxford University': 'University of Oxford', 'Cambridge University': 'University of Cambridge', 
  'Harvard': 'Harvard University', 'Yale': 'Yale University', 'Stanford': 'Stanford University',
  'UPenn': 'University of Pennsylvania',
  
  'UC Berkeley': 'University of California, Berkeley', 'Berkeley Law': 'UC Berkeley School of Law', 'University of California at Los Angeles': 'University of California, Los Angeles',
  'University of California, Los Angeles': 'University of California, Los Angeles', 'University of California, Berkeley': 'University of California, Berkeley',
  'London School of Economics': 'London School of Economics', 'Sciences Po': 'Sciences Po',
  'Department of Treasury': 'Department of the Treasury', 'Treasury Department': 'Department of the Treasury',
  'Department of Interior': 'Department of the Interior', 'Interior Department': 'Department of the Interior',
  'Supreme Court of the United States': 'Supreme Court', 'U.S. Supreme Court': 'Supreme Court', 'United States Supreme Court': 'Supreme Court',
  Citi: 'Citigroup', 'Army Corps of Engineers': 'United States Army Corps of Engineers', 'U.S. Army Corps of Engineers': 'United States Army Corps of Engineers',
  'Army Corps': 'United States Army Corps of Engineers', Houthi: 'Houthis', 'Peace Corps': 'Peace Corps', AmeriCorps: 'AmeriCorps', Interpol: 'Interpol', INTERPOL: 'Interpol', 'Council of Europe': 'Council of Europe',
};
