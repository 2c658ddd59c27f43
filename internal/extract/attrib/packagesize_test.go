package attrib

import "testing"

// TestPackageSizeUnsourced: a measure written as the hyphened modifier of
// a container names the item a reported price is about; outside a
// quotation it gets no source, inside one the speaker said it; other
// hyphened sizes keep their source (packagesize.go).
func TestPackageSizeUnsourced(t *testing.T) {
	cases := []sourceNameCase{
		{"a bag's price", "The price of a 25-kg bag of maize has risen to 1,800 shillings, millers said.", "25-kg", ""},
		{"a tank costs", "A 5,000-litre tank now costs about $900, the water board said.", "5,000-litre", ""},
		{"a bottle", "A 1.5-litre bottle of water sells for 300 naira in Lagos, vendors say.", "1.5-litre", ""},
		{"a cylinder", "The company said a 12.5-kg cylinder of cooking gas would cost 4,200 rupees from Monday.", "12.5-kg", ""},
		// the price itself keeps its source
		{"the price keeps its source", "The price of a 25-kg bag of maize has risen to 1,800 shillings, millers said.", "1,800 shillings", "millers"},
		// a quotation: the speaker said the size too
		{"in a quote", "\"We pay 400 rupees for a 20-litre can,\" said Ravi Kumar, a farmer.", "20-litre", "Ravi Kumar"},
		// sizes of no container
		{"a quay", "The port's director said ships waited 1.5 days after a 450-metre quay extension opened.", "450-metre", "The port's director"},
		{"a cable", "Xlinks said it would lay a 3,800-kilometre undersea cable by 2030.", "3,800-kilometre", "Xlinks"},
	}
	runSourceNames(t, cases)
}
