package lexicon

// Demonyms are the singular nouns news uses for a person by country,
// region or party, standing for the person named before as a second
// mention, mostly in sport and politics: "“We're 13 points behind,” the
// Belgian said" (Philippe Clement), "“… governors,” the Texan said" (Rick
// Perry), "the Republican said" (Ben Carson). Only nouns that name one
// person ("the Dutchman", "the Scot") are listed; plurals and adjectives
// that name a people or a language ("the Japanese", "the Swiss",
// "Portuguese") and words that also name institutions ("the Guardian",
// "the Vatican") are not.
var Demonyms = WordSet(`American Argentine Argentinian Australian Austrian Bangladeshi Belgian Bolivian Bosnian Brazilian
Briton Bulgarian Cameroonian Canadian Chilean Colombian Croat Croatian Cuban Czech Dane Dutchman Dutchwoman Ecuadorian
Egyptian Englishman Englishwoman Estonian Ethiopian Filipino Filipina Finn Frenchman Frenchwoman German Ghanaian Greek
Hungarian Icelander Indian Indonesian Iranian Iraqi Irishman Irishwoman Israeli Italian Jamaican Jordanian Kenyan
Korean Kiwi Latvian Lithuanian Malaysian Mexican Moroccan Nepali Nigerian Norwegian Pakistani Palestinian
Paraguayan Peruvian Pole Romanian Russian Saudi Scot Scotsman Scotswoman Serb Serbian Singaporean Slovak Slovakian
Slovenian Spaniard Swede Syrian Tanzanian Tunisian Turk Ugandan Ukrainian Uruguayan Venezuelan Welshman Welshwoman
Zambian Zimbabwean Texan Californian Floridian Ohioan Virginian Georgian Kentuckian Tennessean Arizonan Minnesotan
Queenslander Victorian Albertan Quebecer Ontarian Republican Democrat Tory`)

// PeopleDemonyms are the words for a people that take no plural -s and so
// stand for many persons after a number: "If 500 Japanese were ordered"
// (web-dev-19), as "367 Republicans" (dev) and "65,565 Americans"
// (web-dev-13) count people (the number is no title's: rule
// title-after-digits). Kept apart from Demonyms, which name one person.
var PeopleDemonyms = WordSet(`Chinese Japanese Vietnamese Lebanese Sudanese Swiss Portuguese Burmese Taiwanese
Congolese Senegalese Maltese Nepalese Togolese Guyanese Beninese Gabonese Bhutanese Sinhalese Surinamese Balinese
Javanese Timorese Inuit`)
