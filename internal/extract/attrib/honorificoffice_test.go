package attrib

import "testing"

// An office before a form of address before a name: "Health Minister Dr
// Claude Mugisha" (articles-dev-6), "Central Bank Governor Dr. Nandalal
// Weerasinghe" (articles-dev-2, the chunker cutting at "Dr."): a later
// "the Governor", "the Health Minister" is that person, and "Dr" alone is
// never a name.
func TestOfficeBeforeHonorific(t *testing.T) {
	cases := []sourceNameCase{
		{"minister Dr without stop", "Health Minister Dr Claude Mugisha spoke on Monday. The Health Minister said 12 clinics would open.", "12", "Claude Mugisha"},
		{"governor Dr. with stop", "Central Bank Governor Dr. Nandalal Weerasinghe spoke.\n\nAsked about the rupee, the Governor said it had gained about 10 percent.", "about 10 percent", "Nandalal Weerasinghe"},
		{"minister Dr. with stop", "Health Minister Dr. Mary Otieno visited. The Health Minister said 300 clinics had reopened.", "300", "Mary Otieno"},
		{"Dr. alone opens a name", "Dr. Amy Lee said 17 patients recovered.", "17", "Amy Lee"},
	}
	runSourceNames(t, cases)
}
