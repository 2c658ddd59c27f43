package lexicon

import "strings"

// Common given names by gender, for telling "Mr. Trump" (Donald Trump) from
// "Ivanka Trump" and "she" from a man's name when the article gives no
// honorific or kinship word. Only names overwhelmingly of one gender in
// English-language news are listed; any other name has no known gender.

var femaleNames = WordSet(`Abigail Ada Adriana Agnes Aisha Alexandra Alexis Alice Alicia Alison Allison Alma Amanda Amber
Amelia Amy Ana Andrea Angela Angelina Anita Ann Anna Anne Annette Annie Antonia April Ashley Audrey Ayanna Barbara Beatrice
Becky Belinda Bernadette Beth Betsy Betty Beverly Bonnie Brenda Bridget Brittany Brooke Camila Candace Carla Carly Carmen
Carol Caroline Carolyn Catherine Cathy Cecilia Charlotte Chelsea Cheryl Chloe Christina Christine Cindy Claire Clara
Claudia Colleen Connie Cynthia Daisy Danielle Debbie Deborah Debra Denise Diana Diane Dianne Donna Doris Dorothy Edith
Eileen Elaine Eleanor Elena Elisabeth Elise Eliza Elizabeth Ella Ellen Elsa Emily Emma Erica Erin Esther Eva Evelyn Fatima
Felicity Fiona Florence Frances Gabriela Gabrielle Gina Giselle Gloria Grace Gretchen Gwen Hannah Harriet Hazel Heather
Heidi Helen Helena Hillary Holly Ilhan Ingrid Irene Iris Isabel Isabella Ivana Ivanka Jacqueline Jane Janet Janice
Jasmine Jeanne Jennifer Jenny Jessica Jill Joan Joanna Joanne Jodi Josephine Joy Joyce Judith Judy Julia Julie Juliet June
Kamala Karen Karin Kate Katherine Kathleen Kathryn Kathy Katie Katrina Kayla Kellyanne Kimberly Kirsten Kristen
Kristin Laura Lauren Leah Lillian Linda Lisa Lois Loretta Lori Louise Lucia Lucy Lydia Madeleine Madison
Maggie Mandy Margaret Maria Marie Marilyn Marsha Martha Mary Maryam Maureen Maxine Megan Melania Melanie Melinda
Melissa Mercy Mia Michele Michelle Mildred Miriam Molly Monica Nadia Nancy Naomi Natalie Natasha Nicole Nikki Nina Nora Olivia
Pamela Patricia Paula Pauline Peggy Penelope Phyllis Priscilla Rachel Rebecca Regina Rita Roberta Rosa Rose Rosemary Ruth
Sabrina Sally Samantha Sandra Sara Sarah Sharon Sheila Shirley Sofia Sonia Sophia Sophie Stacey Stephanie Susan Susanne
Suzanne Sylvia Tamara Tammy Tanya Teresa Theresa Tiffany Tina Tulsi Ursula Valerie Vanessa Vera Veronica Victoria
Virginia Wendy Whitney Yolanda Yvonne Zoe`)

var maleNames = WordSet(`Aaron Abdul Abraham Adam Adrian Ahmed Alan Albert Alejandro Alexander Alfred Alfredo Ali
Allen Andre Andrew Andy Angelo Anthony Antonio Arnold Arthur Barack Barry Ben Benjamin Bernard Bernie Bill Billy Bob Bobby
Boris Brad Bradley Brandon Brendan Brett Brian Bruce Bryan Carl Carlos Chad Charles Charlie Christian Christopher
Chuck Clarence Colin Craig Curtis Dan Daniel Danny Darrell Dave David Dean Dennis Derek Dick Diego Dmitry Don
Donald Doug Douglas Duncan Dwight Earl Eddie Edward Elijah Elon Emmanuel Eric Erik Ernest Eugene Evan Felix Fernando Francis
Francisco Frank Franklin Fred Frederick Gary Gavin Gene George Gerald Glenn Gordon Graham Greg Gregory Harold Harry Hector
Henry Herbert Howard Hugh Hunter Ian Isaac Ivan Jack Jacob Jake James Jared Jason Javier Jay Jeb Jeff Jeffrey Jeremy Jerome
Jerry Jim Jimmy Joe Joel John Johnny Jon Jonathan Jorge Jose Joseph Josh Joshua Juan Julian Justin Karl Keith
Kenneth Kevin Kurt Kyle Lamar Larry Lawrence Leo Leon Leonard Lloyd Louis Lucas Luis Luke Marco Marcus Mario
Mark Martin Matt Matthew Maurice Max Michael Miguel Mike Mitch Mitt Mohammed Muhammad Nate Nathan Neil Nicholas Nick Noah Oliver
Omar Oscar Patrick Paul Pedro Pete Peter Philip Phillip Rafael Ralph Rand Randy Ray Raymond Reince Richard Rick Ricky Rob
Robert Roberto Rod Rodney Roger Ron Ronald Roy Rudolph Rudy Russell Ryan Samuel Scott Sean Sebastian Sergei Seth Shawn
Sherrod Stanley Stephen Steve Steven Stuart Ted Thomas Tim Timothy Todd Tom Tommy Tony Travis Trey Troy Tyler Victor
Vincent Vladimir Walter Warren Wayne Wesley William Willie Xavier Zachary`)

// French given names, common in Canadian (Quebec, New Brunswick,
// Franco-Ontarian) and other francophone news: "Chantal Hébert", "Ginette
// LeBlanc", "Réal LeBlanc", "Gaétan Barrette" (fresh-1, fresh-13; "Jean"
// is female in English and male in French, so it is in neither list, and
// only opens a man's hyphenated name: "Jean-François").
var femaleFrenchNames = WordSet(`Chantal Sylvie Nathalie Geneviève Genevieve Josée Josee Mélanie Isabelle Manon Ginette Francine
Lise Johanne Guylaine Martine Véronique Veronique Céline Celine Hélène Helene Brigitte Amélie Amelie Émilie Emilie Valérie
Karine Mireille Solange Monique Josiane Maryse Marjolaine Stéphanie Renée Lucie Claudette Micheline Huguette Jocelyne
Claudine Françoise Francoise Ghislaine Nicolette Gisèle Gisele Thérèse Therese Yolande Josianne Marie-Ève`)

var maleFrenchNames = WordSet(`Pierre Réal Gaétan Gaetan Sylvain Mathieu Étienne Etienne François Francois Benoît Benoit Yves
Michel André Andre Jacques Gilles Normand Alain Stéphane Stephane Sébastien Frédéric Frederic Maxime Marcel Gérard Gerard
Serge Hugo Nicolas Philippe Rémi Remi Patrice Pascal Alexandre Guillaume Julien Réjean Rejean Gaston Lucien Laurent Régis
Regis Luc Denis Jean-François Jean-Luc Jean-Pierre Jean-Marc Jean-Guy Jean-Yves Jean-Claude Jean-Marie Jean-Philippe`)

// PlaceGivenNames are given names of either gender that are also places
// (lexicon.Places): before a surname they open a person's name ("Jordan
// Pike", "Jordan Williams", "Jordan Fells", "Jordan Rummel": fresh-16,
// articles-dev-1, fresh-13, WCXB), never the country; their gender is
// unknown, so they stand in neither list.
var PlaceGivenNames = WordSet(`Jordan`)

// hyphenedGivenGender are the first parts that decide a hyphenated given
// name's gender whatever follows ("Jean-François", "Marie-Ève",
// "Marie-Claude", "Anne-Marie" by the list).
var hyphenedGivenGender = map[string]byte{"Jean": 'm', "Marie": 'f'}

// GivenNameGender returns 'f' or 'm' for a listed given name, else 0. A
// hyphenated given name takes the gender of its first part ("Marie-Josée",
// "Jean-Sébastien", "Mary-Kate").
func GivenNameGender(w string) byte {
	if g := listedGender(w); g != 0 {
		return g
	}
	if i := strings.IndexByte(w, '-'); i > 0 && i < len(w)-1 {
		first := w[:i]
		if g, ok := hyphenedGivenGender[first]; ok {
			return g
		}
		return listedGender(first)
	}
	return 0
}

// listedGender returns 'f' or 'm' for a given name of the lists as written,
// else 0.
func listedGender(w string) byte { return listedGenders[w] }

// listedGenders holds the lists' names with their gender, read in one
// look-up (every capitalised word of an article is asked about); a name
// in a female list and in a male one is female.
var listedGenders = func() map[string]byte {
	m := map[string]byte{}
	for _, l := range []struct {
		names  map[string]bool
		gender byte
	}{{maleNames, 'm'}, {maleFrenchNames, 'm'}, {femaleNames, 'f'}, {femaleFrenchNames, 'f'}} {
		for w, ok := range l.names {
			if ok {
				m[w] = l.gender
			}
		}
	}
	return m
}()
