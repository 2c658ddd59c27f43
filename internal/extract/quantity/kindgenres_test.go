package quantity

import (
	"testing"

	"github.com/factcheck/extract/internal/claims"
)

// genreKindCase is a mention of the web genres besides hard news whose
// kind a rule of kindgenres.go decides: text in the sentence in must get
// kind; rule, when given, names the rule that decides it (a case with no
// rule is a like form the rules must leave as it was).
type genreKindCase struct {
	rule, in, text string
	kind           claims.Kind
}

var genreKindCases = []genreKindCase{
	// list-heading: the number opening a list article's heading
	{"list-heading", "8 Recent Photography Trends", "8", claims.KindOther},
	{"list-heading", "7 Steps To Planning & Managing An Event", "7", claims.KindOther},
	{"list-heading", "The 10 Most Affordable Places to Retire in 2025", "10", claims.KindOther},
	{"list-heading", "12 Hidden Beaches in Portugal You Need to Visit This Summer", "12", claims.KindOther},
	{"list-heading", "My 5 Favourite Budget Laptops", "5", claims.KindOther},
	{"list-heading", "GOLDMAN: 4 Key Points On The FOMC Announcement", "4", claims.KindOther},
	{"list-heading", "5 Key Takeaways From Sunday's Derby", "5", claims.KindOther},
	{"", "3 Points Clear At The Top For Liverpool", "3", claims.KindClaim},
	{"", "3 Wins In A Row For Arsenal", "3", claims.KindClaim},
	{"", "3 Killed in Highway Crash", "3", claims.KindClaim},
	{"", "2 Men Charged With Murder After Robbery", "2", claims.KindClaim},
	{"", "12 people were hurt in the crash on Friday.", "12", claims.KindClaim},
	{"", "10 Million Americans Could Lose Coverage", "10 Million", claims.KindClaim},
	{"", "300 Jobs Cut at Ford Plant", "300", claims.KindClaim},
	{"", "20 Homes Destroyed in Valley Fire", "20", claims.KindClaim},
	{"", "6 Parts Free Graphic Design Bootcamp", "6", claims.KindClaim},
	// these-count: the article's own items or a reference back
	{"these-count", "Stream these 10 at home for free with Netflix.", "10", claims.KindOther},
	{"these-count", "With these 10 helpful steps for great interior design, you can start today.", "10", claims.KindOther},
	{"these-count", "These 11 trends offer a practical roadmap.", "11", claims.KindOther},
	{"", "GOP Race Hinging On These 2 States", "2", claims.KindClaim},
	{"", "Those 5,000 people lost their homes in the flood.", "5,000", claims.KindClaim},
	{"", "Not all of these 5.5 million households qualify.", "5.5 million", claims.KindClaim},
	// population-bound: the ages a rule covers
	{"population-bound", "Coverage is free for children 17 and under when traveling.", "17", claims.KindOther},
	{"population-bound", "It is approved for children 12 and older with a BMI above the limit.", "12", claims.KindOther},
	{"population-bound", "Use declined by 25% for beneficiaries 18 and younger from March 2020.", "18", claims.KindOther},
	{"population-bound", "The toy was designed for toddlers 2 and older.", "2", claims.KindOther},
	{"population-bound", "Residents 65 and over pay half fare.", "65", claims.KindOther},
	{"", "Children 12 and under the age limit ride free.", "12", claims.KindClaim},
	{"", "The club signed 12 players and older coaches left.", "12", claims.KindClaim},
	// clock-range: a range of clock times
	{"clock-range", "A visitation will be held from 4 to 7 p.m. Thursday.", "from 4 to 7 p.m.", claims.KindTime},
	{"clock-range", "Open house Sunday 1-3 PM.", "1-3 PM", claims.KindTime},
	{"clock-range", "The reception runs 6–8 pm at the gallery.", "6–8 pm", claims.KindTime},
	{"clock-range", "Happy hour runs from 2 to 5pm on weekdays.", "2", claims.KindTime},
	{"", "Prices rose from 4 to 7 percent last year.", "from 4 to 7 percent", claims.KindClaim},
	{"", "The board voted 4 to 7 against the plan.", "4 to 7", claims.KindClaim},
	// dated-year: an old year after a verb of dating
	{"dated-year", "The pub dates to 1720.", "1720", claims.KindYear},
	{"dated-year", "The church, dating back to 1450, was restored.", "1450", claims.KindYear},
	{"dated-year", "The oldest charter is dated from 1066.", "1066", claims.KindYear},
	{"", "The index rose to 1720 points.", "1720", claims.KindClaim},
	// comparative-one: "one" standing for a noun after a comparative
	{"comparative-one", "It serves a different purpose, and the best one depends on your needs.", "one", claims.KindOther},
	{"comparative-one", "Both routers support Wi-Fi 7, but only the pricier one has a USB-C port.", "one", claims.KindOther},
	{"comparative-one", "The bigger one costs more.", "one", claims.KindOther},
	{"comparative-one", "We tried six kettles, and the cheapest one lasted longest.", "one", claims.KindOther},
	{"", "The better router has one USB-C port.", "one", claims.KindClaim},
	// ordinal-street: an ordinal naming a street
	{"ordinal-street", "The parade steps off from the corner of 5th Avenue and 42nd Street.", "5th", claims.KindIdentifier},
	{"ordinal-street", "The parade steps off from the corner of 5th Avenue and 42nd Street.", "42nd", claims.KindIdentifier},
	{"ordinal-street", "Shots were fired near 3rd Avenue and Pine.", "3rd", claims.KindIdentifier},
	{"ordinal-street", "It sits on the corner of 3rd and McKinley St.", "3rd", claims.KindIdentifier},
	{"", "She lives on the 3rd floor.", "3rd", claims.KindOrdinal},
	{"", "He finished 3rd in the race.", "3rd", claims.KindOrdinal},
	// labelled-time: a recipe's times are measures
	{"labelled-time", "Prep Time 13 hours", "13 hours", claims.KindClaim},
	{"labelled-time", "Total Time 35 minutes", "35 minutes", claims.KindClaim},
	// (two units with a space between are one time: rule compound-time)
	{"compound-time", "Total Time 13 hours 35 minutes", "13 hours 35 minutes", claims.KindClaim},
	{"labelled-time", "Prep time: 15 minutes.", "15 minutes", claims.KindClaim},
	{"labelled-time", "Rising Time 10 hrs", "10 hrs", claims.KindClaim},
	{"", "We met three times over the past six months.", "six months", claims.KindDuration},
	// link-teaser: the count of more content elsewhere
	{"link-teaser", "Read on for 60 more ethical brands from the United Kingdom.", "60", claims.KindOther},
	{"link-teaser", "For more help, check out this post on Pixpa for 25 more tips.", "25", claims.KindOther},
	{"link-teaser", "Visit our guide for 12 more ideas.", "12", claims.KindOther},
	{"", "The general asked for 25 more troops.", "25", claims.KindClaim},
	// n-in-one: a product type, no inches
	{"n-in-one", "I tested the Instant Pot Duo 7-in-1 for two weeks.", "7-in-1", claims.KindIdentifier},
	{"n-in-one", "The Lenovo Yoga 7i 2-in-1 (14 inch Intel) is on sale.", "2-in-1", claims.KindIdentifier},
	{"n-in-one", "The 2-in-1 form factor really shines.", "2-in-1", claims.KindIdentifier},
	{"", "The screen is 13-in. wide.", "13-in", claims.KindClaim},
	{"", "It has a 7-in screen and weighs 1 pound.", "7-in", claims.KindClaim},
	// rank-number: "No. N" in a ranking
	{"rank-number", "The No. 3 seed will face Michigan State on Saturday.", "3", claims.KindOrdinal},
	{"rank-number", "Drake Tax held the No. 3 spot with just 0.1% fewer users.", "3", claims.KindOrdinal},
	{"rank-number", "Lacerte ranked No. 2 for CPAs in the survey.", "2", claims.KindOrdinal},
	{"rank-number", "No. 5 on our list, the Moto G Power, lasts two days.", "5", claims.KindOrdinal},
	{"rank-number", "With a median price of $212,000, Knoxville comes in at No. 4.", "4", claims.KindOrdinal},
	{"docket-number", "Wearing No. 23, the forward scored twice.", "23", claims.KindIdentifier},
	{"docket-number", "A hearing on Ordinance No. 7 is set for Monday.", "7", claims.KindIdentifier},
	// read-time: page furniture
	{"read-time", "12 Nov 2025 | 8 min read | Summary", "8 min", claims.KindOther},
	{"read-time", "Posted by Admin | 5 min read | 2 comments", "5 min", claims.KindOther},
	{"read-time", "7 min read", "7 min", claims.KindOther},
	{"", "It takes 5 minutes to read the label.", "5 minutes", claims.KindClaim},
	// travel-time: a travel time to a place is a measure
	{"travel-time", "Welcome to a charming cape just 5 minutes from downtown.", "5 minutes", claims.KindClaim},
	{"travel-time", "Condesa opened a new space just 5 minutes away from Crescent Ballroom.", "5 minutes", claims.KindClaim},
	{"travel-time", "Options can be reached in under 3 hours from Tokyo.", "under 3 hours", claims.KindClaim},
	{"travel-time", "It sits 20 minutes' drive from the airport.", "20 minutes", claims.KindClaim},
	{"", "The meeting is two weeks from Friday.", "two weeks", claims.KindDuration},
	{"", "We will know 10 minutes from now.", "10 minutes", claims.KindDuration},
	{"", "He scored two hours from the start.", "two hours", claims.KindDuration},
	// titled-list-number: a list mark opening a line before its title
	{"titled-list-number", "1: Still wines", "1", claims.KindOther},
	{"titled-list-number", "15 - Age of Darkness: Final Stand", "15", claims.KindOther},
	{"titled-list-number", "2 – The Pros and Cons of Renting", "2", claims.KindOther},
	{"", "3 - 2 was the final score.", "3", claims.KindClaim},
	{"evaluative-one", "Plant-based protein has one clear advantage over animal protein.", "one", claims.KindOther},
	{"evaluative-one", "We help you save time by caring for one particular zone in your company.", "one", claims.KindOther},
	{"evaluative-one", "Planning a trip comes with one big question: rent a car or not?", "one", claims.KindOther},
	{"evaluative-one", "Ask one simple question before you sign.", "one", claims.KindOther},
	{"", "Only one big bank failed last year.", "one", claims.KindClaim},
	{"", "The city has just one major hospital.", "one", claims.KindClaim},
	{"", "At least one major lender cut rates.", "one", claims.KindClaim},
	{"", "Native apps are built for one specific platform.", "one", claims.KindClaim},
	{"titled-list-number", "6 'To Be Hero X'", "6", claims.KindOther},
	{"titled-list-number", "4 'Dandadan' Season 2", "4", claims.KindOther},
	{"titled-list-number", "12 “The Last of Us” Part II", "12", claims.KindOther},
	{"", "40 ‘Protesters’ Were Arrested, Police Say.", "40", claims.KindClaim},
	{"", "3 'very likely' cases were found.", "3", claims.KindClaim},
	{"", "15 - 20 people came.", "15 - 20", claims.KindClaim},
	{"", "10: the number of seats the party lost.", "10", claims.KindClaim},
	// list-heading: a short heading ("4 Types of Catering")
	{"list-heading", "4 Types of Catering", "4", claims.KindOther},
	{"list-heading", "15 Data Analytics Tools", "15", claims.KindOther},
	{"list-heading", "6 Kinds of Coffee Beans", "6", claims.KindOther},
	{"", "4 Dead in Crash", "4", claims.KindClaim},
	// inline-enumerator: "1.)" and "(1)" after a list's opener
	{"inline-enumerator", "The rules still stand: 1.) Show the committee who you are and 2.) Dig into your topic.", "1", claims.KindOther},
	{"inline-enumerator", "The rules still stand: 1.) Show the committee who you are and 2.) Dig into your topic.", "2", claims.KindOther},
	{"inline-enumerator", "Fans fall into one of two camps: (1) those who dig the band and (2) those who do not.", "1", claims.KindOther},
	{"inline-enumerator", "Fans fall into one of two camps: (1) those who dig the band and (2) those who do not.", "2", claims.KindOther},
	{"", "The victims (3) were taken to hospital.", "3", claims.KindClaim},
	// adjective-one: "one" after a determiner and an adjective
	{"adjective-one", "A spreadsheet helps make choosing the right one easier.", "one", claims.KindOther},
	{"adjective-one", "One tool may suit you, while a different one works better for someone else.", "one", claims.KindOther},
	{"adjective-one", "Helping a loved one transition to a new home takes time.", "one", claims.KindOther},
	{"adjective-one", "We tried six kettles, and the perfect one sits on my counter.", "one", claims.KindOther},
	{"", "The bank lent the same one million dollars twice.", "one million dollars", claims.KindClaim},
	// copula-one: "one" in a copula's predicate
	{"copula-one", "pip-tools is one easy way to do this.", "one", claims.KindOther},
	{"copula-one", "Booking a moving company is just one piece of the puzzle.", "one", claims.KindOther},
	{"copula-one", "Exercise is but one factor in weight loss.", "one", claims.KindOther},
	{"", "There is just one option left for the council.", "one", claims.KindClaim},
	{"", "The team is one player short.", "one", claims.KindClaim},
	// generic-one: the pronoun "one", a person in general
	{"generic-one", "How does one know when to use wurde vs war?", "one", claims.KindOther},
	{"generic-one", "What can one do about a noisy neighbour?", "one", claims.KindOther},
	{"generic-one", "A leaked key can allow one to sign spurious measurements.", "one", claims.KindOther},
	{"generic-one", "The song earns added pathos after one watches the documentary.", "one", claims.KindOther},
	{"generic-one", "The flaw is plain once one reads the code.", "one", claims.KindOther},
	{"", "Two were hurt when one fell from the roof.", "one", claims.KindClaim},
	{"", "The crash happened after one was killed on the bridge.", "one", claims.KindClaim},
	{"", "How many people does one doctor see a day?", "one", claims.KindClaim},
	// glued-version: a release glued into a name
	{"glued-version", "The client sends GET / HTTP/1.1 to the host.", "1.1", claims.KindIdentifier},
	{"glued-version", "The desktop header says the browser is Mozilla/5.0 with Firefox/65.0 inside.", "5.0", claims.KindIdentifier},
	{"glued-version", "The desktop header says the browser is Mozilla/5.0 with Firefox/65.0 inside.", "65.0", claims.KindIdentifier},
	{"glued-version", "Its engine string ends in Gecko/20100101 and rv:65.0 on every request.", "20100101", claims.KindIdentifier},
	{"glued-version", "Its engine string ends in Gecko/20100101 and rv:65.0 on every request.", "65.0", claims.KindIdentifier},
	{"glued-version", "FROM python:3.7 COPY . /tmp/myapp", "3.7", claims.KindIdentifier},
	{"glued-version", "FROM python:3.8-slim RUN pip install poetry", "3.8", claims.KindIdentifier},
	{"glued-version", "click==7.0 # via flask", "7.0", claims.KindIdentifier},
	{"", "Membership costs $5/month for students.", "$5/month", claims.KindClaim},
	{"", "Deaths reached 12 per 100,000 people.", "12", claims.KindClaim},
	// full-turn: the 360 of a 360-degree view
	{"full-turn", "Panoramas that capture a 360-degree view are becoming popular.", "360-degree", claims.KindOther},
	{"full-turn", "VR and 360° clips plonk you right in the middle of the action.", "360°", claims.KindOther},
	{"full-turn", "5. 360 Panorama", "360", claims.KindOther},
	{"", "The skater turned 360 degrees in the air.", "360 degrees", claims.KindClaim},
	{"", "The bridge cost $360 million.", "$360 million", claims.KindClaim},
	// old-year: a year before 1800 after a preposition of time
	{"old-year", "London's original coffee house opened in 1652; the French followed.", "1652", claims.KindYear},
	{"old-year", "The French knew nothing of it until 1645.", "1645", claims.KindYear},
	{"old-year", "In 1714, the Mayor of Amsterdam presented a coffee tree.", "1714", claims.KindYear},
	{"old-year", "Established in 1759, Guinness has long been a brand.", "1759", claims.KindYear},
	{"old-year", "It was introduced to Paris in 1669 by Suleyman Aga.", "1669", claims.KindYear},
	{"", "The virus was found in 1500 cases last year.", "1500", claims.KindClaim},
	{"", "The risk is one in 1500.", "1500", claims.KindClaim},
	{"", "With 1500 locations around the world, it is huge.", "1500", claims.KindClaim},
	{"", "Prices rose by 1200 in March.", "1200", claims.KindClaim},
	// star-class: a class of stars
	{"star-class", "Although you might have booked an epic 5-star hotel, there are tips.", "5", claims.KindIdentifier},
	{"star-class", "They add extra stars to get a five-star review.", "five", claims.KindIdentifier},
	{"star-class", "He retired in May as a four-star general.", "four", claims.KindIdentifier},
	{"", "The app has 5 stars from 2,000 buyers.", "2,000", claims.KindClaim},
}

func TestGenreKinds(t *testing.T) {
	checkGenreKinds(t, genreKindCases)
}
