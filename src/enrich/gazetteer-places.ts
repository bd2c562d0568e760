// Natural features and protected lands that news names like places, often with no head word
// ("the Everglades", "the Rio Grande"): the world's major rivers, mountain ranges, deserts, seas,
// lakes and islands, and the national parks of the United States. Data, not logic: complete lists
// by kind, never names picked from any one article. Names that are also states, countries or
// common words or given names ("Mississippi", "Congo", "Don", "Lena", "Java") stay out or in the lists
// that own them.

const list = (s: string): string[] => s.split('|').map((x) => x.trim()).filter(Boolean);

/** Major rivers by the names news gives them without "River". */
export const RIVERS = list(`Rio Grande|Yangtze|Yellow River|Mekong|Ganges|Indus|Brahmaputra|Volga|Rhine|Rhône|Rhone|Elbe|Oder|Vistula|Seine|Loire|Thames|Ebro|
Tagus|Dniester|Dnipro River|Yenisei|Amur|Irrawaddy|Zambezi|Limpopo|Orinoco|Paraná|Parana|Rio de la Plata|Río de la Plata|
Colorado River|Columbia River|Snake River|Missouri River|Ohio River|Potomac|Hudson River|Shenandoah|Susquehanna|Chesapeake Bay|
Everglades|Okefenokee|Mississippi Delta|Niger Delta|Nile Delta|Mekong Delta|Jordan River|Shatt al-Arab|Helmand|Amu Darya|
Syr Darya`);

/** Mountain ranges, deserts, plateaus and other features of the land. */
export const LANDFORMS = list(`Alps|Andes|Rockies|Rocky Mountains|Appalachians|Appalachian Mountains|Sierra Nevada|Cascades|Cascade Range|Pyrenees|Carpathians|
Urals|Ural Mountains|Caucasus Mountains|Himalaya|Himalayas|Hindu Kush|Karakoram|Pamirs|Tian Shan|Atlas Mountains|Zagros|
Taurus Mountains|Balkan Mountains|Apennines|Dolomites|Ethiopian Highlands|Great Rift Valley|Sahara|Sahara Desert|Gobi|Gobi Desert|
Kalahari|Namib|Atacama|Mojave|Mojave Desert|Sonoran Desert|Chihuahuan Desert|Negev|Sinai Peninsula|Arabian Peninsula|
Rub' al Khali|Empty Quarter|Taklamakan|Thar Desert|Patagonia|Pampas|Amazon Rainforest|Amazon Basin|Congo Basin|Siberia|
Great Barrier Reef|Grand Canyon|Death Valley|Mount Everest|Kilimanjaro|Mount Kilimanjaro|Mont Blanc|Mount Fuji|Denali|
Mount Rainier|Mount St. Helens|Mauna Loa|Kilauea|Vesuvius|Mount Etna|Iberian Peninsula|Balkan Peninsula|Scandinavian Peninsula|
Kamchatka|Crimean Peninsula|Yucatán Peninsula|Yucatan Peninsula|Baja California|Florida Keys|Outer Banks|Cape Cod|Long Island|
Martha's Vineyard|Nantucket|Hawaiian Islands|Aleutian Islands|Channel Islands|Falkland Islands|Galápagos Islands|
Galapagos Islands|Canary Islands|Balearic Islands|Azores|Faroe Islands|Svalbard|Spratly Islands|Paracel Islands|Senkaku Islands|
Diaoyu Islands|Dokdo|Kuril Islands|Sakhalin|Hokkaido|Honshu|Kyushu|Borneo|Sumatra|Mindanao|Luzon|Tasmania|Sicily|Sardinia|Corsica|
Crete|Lesbos|Lampedusa|Greenland Ice Sheet|Antarctic Peninsula|Ross Ice Shelf|Bering Strait|Strait of Gibraltar|Strait of Malacca|
Bab el-Mandeb|Dardanelles|English Channel|Kerch Strait|Gulf of Oman|Gulf of Thailand|Gulf of Guinea|Gulf of Finland|
Gulf of California|Gulf of Alaska|Gulf of Maine|Bay of Bengal|Bay of Biscay|Hudson Bay|Caribbean Sea|Coral Sea|Tasman Sea|
Philippine Sea|Bering Sea|Barents Sea|Kara Sea|Norwegian Sea|Irish Sea|Ionian Sea|Tyrrhenian Sea|Ligurian Sea|Sea of Okhotsk|
Sargasso Sea|Dead Sea|Sea of Galilee|Aral Sea|Southern Ocean|Arctic Ocean|Lake Superior|Lake Michigan|Lake Huron|Lake Erie|
Lake Ontario|Great Salt Lake|Lake Tahoe|Lake Mead|Lake Powell|Lake Okeechobee|Lake Victoria|Lake Tanganyika|Lake Malawi|Lake Chad|
Lake Baikal|Lake Titicaca|Lake Geneva|Lake Como|Salton Sea|Puget Sound|San Francisco Bay|Monterey Bay|Delaware Bay|Tampa Bay|
Biscayne Bay|Galveston Bay|Mobile Bay|Narragansett Bay|Long Island Sound|Prince William Sound|Cook Inlet|Bristol Bay|
Gulf of the Farallones`);

/** The national parks of the United States. */
export const NATIONAL_PARKS = list(`Acadia National Park|Arches National Park|Badlands National Park|Big Bend National Park|Biscayne National Park|
Black Canyon of the Gunnison National Park|Bryce Canyon National Park|Canyonlands National Park|Capitol Reef National Park|
Carlsbad Caverns National Park|Channel Islands National Park|Congaree National Park|Crater Lake National Park|
Cuyahoga Valley National Park|Death Valley National Park|Denali National Park|Dry Tortugas National Park|Everglades National Park|
Gates of the Arctic National Park|Gateway Arch National Park|Glacier National Park|Glacier Bay National Park|
Grand Canyon National Park|Grand Teton National Park|Great Basin National Park|Great Sand Dunes National Park|
Great Smoky Mountains National Park|Guadalupe Mountains National Park|Haleakalā National Park|Haleakala National Park|
Hawaiʻi Volcanoes National Park|Hawaii Volcanoes National Park|Hot Springs National Park|Indiana Dunes National Park|
Isle Royale National Park|Joshua Tree National Park|Katmai National Park|Kenai Fjords National Park|Kings Canyon National Park|
Kobuk Valley National Park|Lake Clark National Park|Lassen Volcanic National Park|Mammoth Cave National Park|
Mesa Verde National Park|Mount Rainier National Park|National Park of American Samoa|New River Gorge National Park|
North Cascades National Park|Olympic National Park|Petrified Forest National Park|Pinnacles National Park|Redwood National Park|
Rocky Mountain National Park|Saguaro National Park|Sequoia National Park|Shenandoah National Park|
Theodore Roosevelt National Park|Virgin Islands National Park|Voyageurs National Park|White Sands National Park|
Wind Cave National Park|Wrangell-St. Elias National Park|Yellowstone|Yellowstone National Park|Yosemite|Yosemite National Park|
Zion National Park|Grand Teton|Great Smoky Mountains|Arctic National Wildlife Refuge|Bears Ears|Bears Ears National Monument|
Grand Staircase-Escalante|Statue of Liberty|Mount Rushmore|Independence Hall|National Mall`);
