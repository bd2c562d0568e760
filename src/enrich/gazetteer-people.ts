// People news names by family name alone ("President Macron", "Secretary-General Guterres"), often
// in an article that never gives the full name: heads of state and of government of the larger
// countries and of the world's regions (2017 on), the leaders of the United Nations, the European
// Union, NATO and the other large international bodies, the United States' presidents (since 1945), vice
// presidents, cabinet and cabinet-level officials (2017 on), the leaders of both chambers of
// Congress and the justices of the Supreme Court. Data, not logic: complete lists by office, never
// names picked from any one article. Each entry is the name a topic page takes, and after "=" the
// other names the person goes by, separated by ";".

const entries = (s: string): string[] => s.split('|').map((x) => x.trim()).filter(Boolean);

/** Heads of state and of government, 2017 on. */
const LEADERS = entries(`
Joe Biden|Donald Trump|Barack Obama|Kamala Harris|Mike Pence|JD Vance=J.D. Vance|
Justin Trudeau|Mark Carney|Andrés Manuel López Obrador=López Obrador;Lopez Obrador|Claudia Sheinbaum|
Theresa May|Boris Johnson|Liz Truss|Rishi Sunak|Keir Starmer|
Emmanuel Macron|Édouard Philippe|Jean Castex|Élisabeth Borne|Gabriel Attal|Michel Barnier|François Bayrou|Sébastien Lecornu|
Angela Merkel|Olaf Scholz|Friedrich Merz|Frank-Walter Steinmeier|
Giuseppe Conte|Mario Draghi|Giorgia Meloni|Sergio Mattarella|
Pedro Sánchez|Mariano Rajoy|
Shinzo Abe|Yoshihide Suga|Fumio Kishida=Kishida Fumio|Shigeru Ishiba|Sanae Takaichi|
Xi Jinping=Xi|Li Keqiang|Li Qiang|
Narendra Modi|Ram Nath Kovind|Droupadi Murmu|
Vladimir Putin|Dmitry Medvedev|Mikhail Mishustin|
Volodymyr Zelenskyy=Zelensky;Zelenskiy;Volodymyr Zelensky;Volodymyr Zelenskiy|Denys Shmyhal|Yulia Svyrydenko|
Jair Bolsonaro|Luiz Inácio Lula da Silva=Lula;Lula da Silva;Luiz Inacio Lula da Silva|
Mauricio Macri|Alberto Fernández|Javier Milei|
Moon Jae-in|Yoon Suk Yeol|Lee Jae-myung|Kim Jong Un=Kim Jong-un|
Malcolm Turnbull|Scott Morrison|Anthony Albanese|Jacinda Ardern|Chris Hipkins|Christopher Luxon|
Recep Tayyip Erdoğan=Erdogan;Recep Tayyip Erdogan|
Mohammed bin Salman|Cyril Ramaphosa|Jacob Zuma|Joko Widodo=Jokowi|Prabowo Subianto|
Benjamin Netanyahu|Naftali Bennett|Yair Lapid|Isaac Herzog|Reuven Rivlin|Mahmoud Abbas|
Abdel Fattah el-Sisi=el-Sisi;al-Sisi;Abdel Fattah al-Sisi|
Mustafa al-Kadhimi|Mohammed Shia al-Sudani|Barham Salih|Abdul Latif Rashid|
Hassan Rouhani|Ebrahim Raisi|Masoud Pezeshkian|Ali Khamenei|
Tamim bin Hamad Al Thani|Mohamed bin Zayed Al Nahyan=Mohamed bin Zayed|Haitham bin Tarik|
Ashraf Ghani|Imran Khan|Shehbaz Sharif|Sheikh Hasina|Muhammad Yunus|Ranil Wickremesinghe|
Rodrigo Duterte|Ferdinand Marcos Jr.=Bongbong Marcos|Nguyen Xuan Phuc|Pham Minh Chinh|Nguyen Phu Trong|To Lam|
Prayut Chan-o-cha|Srettha Thavisin|Paetongtarn Shinawatra|Anwar Ibrahim|Mahathir Mohamad|Lee Hsien Loong|Lawrence Wong|
Tsai Ing-wen|Lai Ching-te|Kassym-Jomart Tokayev|Shavkat Mirziyoyev|Alexander Lukashenko|Nikol Pashinyan|Ilham Aliyev|
Andrzej Duda|Mateusz Morawiecki|Donald Tusk|Karol Nawrocki|Viktor Orbán|Petr Fiala|Petr Pavel|Andrej Babiš|Robert Fico|Zuzana Čaputová|
Klaus Iohannis|Nicușor Dan|Rumen Radev|Kyriakos Mitsotakis|Nikos Christodoulides|Nicos Anastasiades|
Mark Rutte|Dick Schoof|Alexander De Croo|Bart De Wever|Mette Frederiksen|Magdalena Andersson|Ulf Kristersson|Stefan Löfven|
Jonas Gahr Støre|Erna Solberg|Sauli Niinistö|Alexander Stubb|Sanna Marin|Petteri Orpo|Kaja Kallas|Alar Karis|
Gitanas Nausėda|Ingrida Šimonytė|Egils Levits|Edgars Rinkēvičs|Krišjānis Kariņš|
Micheál Martin|Leo Varadkar|Simon Harris|António Costa|Marcelo Rebelo de Sousa|Luís Montenegro|
Karl Nehammer|Alexander Van der Bellen|Aleksandar Vučić|Maia Sandu|
Muhammadu Buhari|Bola Tinubu|Uhuru Kenyatta|William Ruto|Abiy Ahmed|Nana Akufo-Addo|John Mahama|Macky Sall|
Félix Tshisekedi|Paul Kagame|Yoweri Museveni|Samia Suluhu Hassan|João Lourenço|Emmerson Mnangagwa|
Nicolás Maduro|Juan Guaidó|Iván Duque|Gustavo Petro|Sebastián Piñera|Gabriel Boric|Pedro Castillo|Dina Boluarte|
Miguel Díaz-Canel|Alejandro Giammattei|Bernardo Arévalo|Xiomara Castro|Nayib Bukele|Jovenel Moïse|Ariel Henry|
Luis Abinader|Guillermo Lasso|Daniel Noboa`);

/** Leaders of the United Nations, its agencies and the other large international bodies, 2017 on. */
const INTERNATIONAL = entries(`
António Guterres|Ban Ki-moon|Amina Mohammed|Jens Stoltenberg|Ursula von der Leyen|Charles Michel|Josep Borrell|
Roberta Metsola|Christine Lagarde|Mario Draghi|Kristalina Georgieva|David Malpass|Ajay Banga|
Tedros Adhanom Ghebreyesus=Tedros|Ngozi Okonjo-Iweala|Rafael Grossi=Rafael Mariano Grossi|Filippo Grandi|
Catherine Russell|Henrietta Fore|David Beasley|Cindy McCain|Martin Griffiths|Mark Lowcock|Michelle Bachelet|
Volker Türk|Achim Steiner|Geir Pedersen|Staffan de Mistura|Jerome Powell|Janet Yellen`);

/** United States cabinet and cabinet-level officials, and congressional and judicial leaders, 2017 on. */
const UNITED_STATES = entries(`
Antony Blinken|Lloyd Austin|Merrick Garland|Deb Haaland|Tom Vilsack|Gina Raimondo|Marty Walsh|Julie Su|Xavier Becerra|
Marcia Fudge|Pete Buttigieg|Jennifer Granholm|Miguel Cardona|Denis McDonough|Alejandro Mayorkas|Ron Klain|Jeff Zients|
Michael Regan|Isabel Guzman|Katherine Tai|Avril Haines|Linda Thomas-Greenfield|Shalanda Young|Cecilia Rouse|
Jake Sullivan|William Burns|Eric Lander|Arati Prabhakar|Lael Brainard|Brian Deese|Susan Rice|John Kerry|
Rex Tillerson|Mike Pompeo|Steven Mnuchin|James Mattis|Mark Esper|Jeff Sessions|William Barr|Ryan Zinke|David Bernhardt|
Sonny Perdue|Wilbur Ross|Alexander Acosta|Eugene Scalia|Tom Price|Alex Azar|Ben Carson|Elaine Chao|Rick Perry|
Dan Brouillette|Betsy DeVos|David Shulkin|Robert Wilkie|John Kelly|Kirstjen Nielsen|Mick Mulvaney|Mark Meadows|
Nikki Haley|Scott Pruitt|Andrew Wheeler|Robert Lighthizer|Dan Coats|John Ratcliffe|John Bolton|H.R. McMaster|Robert O'Brien|
Marco Rubio|Scott Bessent|Pete Hegseth|Pam Bondi|Doug Burgum|Brooke Rollins|Howard Lutnick|Lori Chavez-DeRemer|
Robert F. Kennedy Jr.|Scott Turner|Sean Duffy|Chris Wright|Linda McMahon|Doug Collins|Kristi Noem|Susie Wiles|
Lee Zeldin|Kelly Loeffler|Jamieson Greer|Tulsi Gabbard|Russell Vought|Mike Waltz|
Nancy Pelosi|Paul Ryan|Kevin McCarthy|Mike Johnson|Hakeem Jeffries|Steve Scalise|Steny Hoyer|Kevin McCarthy|Katherine Clark|
Jim Clyburn|Tom Emmer|Chuck Schumer|Mitch McConnell|John Thune|Dick Durbin|John Cornyn|Orrin Hatch|Chuck Grassley|
Patrick Leahy|Patty Murray|
John Roberts|Clarence Thomas|Samuel Alito|Sonia Sotomayor|Elena Kagan|Neil Gorsuch|Brett Kavanaugh|Amy Coney Barrett|
Ketanji Brown Jackson|Stephen Breyer|Ruth Bader Ginsburg|Anthony Kennedy`);

/** Presidents of the United States since 1945, and first ladies since 2009. */
const PRESIDENTS = entries(`
Harry S. Truman|Dwight D. Eisenhower|John F. Kennedy|Lyndon B. Johnson|Richard Nixon|Gerald Ford|Jimmy Carter|
Ronald Reagan|George H. W. Bush|Bill Clinton|George W. Bush|Michelle Obama|Melania Trump|Jill Biden`);

/** Each known person: the page name, and the other names the person goes by. */
export const KNOWN_PEOPLE: { name: string; aliases: string[] }[] = [...LEADERS, ...INTERNATIONAL, ...UNITED_STATES, ...PRESIDENTS].map((entry) => {
  const [name, rest] = entry.split('=') as [string, string | undefined];
  return { name: name.trim(), aliases: (rest ?? '').split(';').map((x) => x.trim()).filter(Boolean) };
});
