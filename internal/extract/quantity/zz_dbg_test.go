package quantity

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDbg(t *testing.T) {
	b, _ := os.ReadFile("/tmp/q11/dbg.txt")
	for _, s := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		for _, m := range Find(s) {
			fmt.Printf("%q %s %s %v..%v %s chg=%s %+v\n", s[m.Start:m.End], m.Kind, m.Qualifier, fs(m.Low), fs(m.High), m.Unit, m.Change, m.Rules())
		}
	}
}
