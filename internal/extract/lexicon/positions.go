package lexicon

// PlayerPositions are the positions of team sports that match reports use
// for a player as a second mention, standing for the person named before:
// "Mutale, 21, said … “I have scored seven this season,” the winger said"
// (Joshua Mutale), "Captain Tevita Ikanivere said … “We won 11 of our 12
// lineouts,” the hooker said", "“We missed 27 tackles,” the Exeter lock
// said" (Dafydd Jenkins; articles-dev-2 and -3). Only words that name a
// player and nothing else a report quotes are listed: not "centre",
// "back", "wing" or "captain" (a health centre, a ship's captain).
var PlayerPositions = WordSet(`winger striker midfielder defender goalkeeper goalie keeper wicketkeeper wicket-keeper
forward centre-back centre-forward full-back fullback left-back right-back playmaker
hooker lock prop flanker fly-half scrum-half outside-half number-eight
batter batsman batswoman bowler opener all-rounder allrounder spinner seamer paceman quick`)

// AnonymousSourceNouns are the heads of the descriptions news gives a
// source it does not name, repeated with "the" for the quotes that follow:
// "A senior official …, who spoke on condition of anonymity, said … “…,”
// the official said" (articles-dev-3; PolNeAR train: "A senior Obama
// administration official said …", "said a Mexican official who was not
// authorized to speak … “…,” the official said").
var AnonymousSourceNouns = WordSet(`official source diplomat insider aide`)
