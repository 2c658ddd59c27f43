// Package synth generates synthetic news dumps for benchmarks and scale
// tests: realistic articles made by recombining the sentences and paragraphs
// of real text, with their numbers and person names varied. The output is
// deterministic: the same sources, seed and count give the same bytes.
package synth

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Record is one line of a dump, in the JSONL shape `extract run` reads.
type Record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// Pool is the material articles are made of: sentences grouped by the
// paragraph they came from.
type Pool struct {
	paragraphs [][]string
	sentences  []string
}

// Sentences is how many sentences the pool holds.
func (p *Pool) Sentences() int { return len(p.sentences) }

// LoadPool reads every .txt file below the given files or directories, in
// lexical order, one paragraph per non-empty line. Lines too short to be
// prose (menus, bylines, page furniture) are left out.
func LoadPool(paths ...string) (*Pool, error) {
	var files []string
	for _, root := range paths {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(strings.ToLower(p), ".txt") {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(files)
	p := &Pool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		if !utf8.Valid(b) {
			continue
		}
		p.AddText(string(b))
	}
	if len(p.sentences) < 10 {
		return nil, fmt.Errorf("synth: only %d usable sentences in %s (need 10)", len(p.sentences), strings.Join(paths, ", "))
	}
	return p, nil
}

// AddText adds the paragraphs (lines) of a text to the pool.
func (p *Pool) AddText(text string) {
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if len(line) < 60 || strings.Count(line, " ") < 8 {
			continue
		}
		ss := splitSentences(line)
		var keep []string
		for _, s := range ss {
			if len(s) >= 30 && strings.Count(s, " ") >= 4 {
				keep = append(keep, s)
			}
		}
		if len(keep) == 0 {
			continue
		}
		p.paragraphs = append(p.paragraphs, keep)
		p.sentences = append(p.sentences, keep...)
	}
}

// splitSentences splits a paragraph after . ! ? (and a closing quote) when
// an upper-case letter or an opening quote follows.
func splitSentences(par string) []string {
	var out []string
	start := 0
	for i := 0; i < len(par); i++ {
		c := par[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(par) && (par[j] == '"' || par[j] == '\'' || strings.HasPrefix(par[j:], "”") || strings.HasPrefix(par[j:], "’")) {
			if par[j] < utf8.RuneSelf {
				j++
			} else {
				j += 3
			}
		}
		if j >= len(par) || par[j] != ' ' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(par[j+1:])
		if !unicode.IsUpper(r) && r != '“' && r != '"' {
			continue
		}
		// "Mr. Smith", "U.S. officials": a short word before the dot is no end.
		w := strings.LastIndexByte(par[start:i], ' ')
		word := par[start+w+1 : i]
		if len(word) <= 2 || strings.Contains(word, ".") || word == "Mrs" || word == "Gen" || word == "Gov" || word == "Sen" || word == "Rep" {
			continue
		}
		out = append(out, strings.TrimSpace(par[start:j]))
		start = j + 1
	}
	if rest := strings.TrimSpace(par[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// Options shape the generated articles.
type Options struct {
	Seed  uint64
	Count int
	// Start is the index of the first article (ids are synth-<index>), so a
	// large dump can be made in parts.
	Start int
}

// Article returns article number i of the dump for this seed: the same
// (pool, seed, i) always give the same article.
func (p *Pool) Article(seed uint64, i int) Record {
	r := rand.New(rand.NewPCG(seed, uint64(i)*0x9e3779b97f4a7c15+1))
	v := &varier{r: r}
	var b strings.Builder
	npar := 4 + r.IntN(9)
	var title string
	for k := 0; k < npar; k++ {
		var sents []string
		if r.IntN(3) == 0 {
			// a whole paragraph of a source, as written
			sents = p.paragraphs[r.IntN(len(p.paragraphs))]
		} else {
			n := 1 + r.IntN(3)
			for range n {
				sents = append(sents, p.sentences[r.IntN(len(p.sentences))])
			}
		}
		if k > 0 {
			b.WriteByte('\n')
		}
		for si, s := range sents {
			s = v.vary(s)
			if title == "" {
				title = makeTitle(s)
			}
			if si > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s)
		}
	}
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(900))
	id := fmt.Sprintf("synth-%08d", i)
	return Record{
		ID:        id,
		URL:       fmt.Sprintf("https://news.example.com/%s/%s", day.Format("2006/01/02"), id),
		Title:     title,
		Published: day.Format("2006-01-02"),
		Text:      b.String(),
	}
}

func makeTitle(s string) string {
	words := strings.Fields(strings.Trim(s, "“”\"'"))
	if len(words) > 12 {
		words = words[:12]
	}
	return strings.TrimRight(strings.Join(words, " "), ".,;:!?")
}

// WriteJSONL writes opt.Count articles as JSONL, gzip-compressed when gz.
func (p *Pool) WriteJSONL(w io.Writer, opt Options, gz bool) error {
	out := w
	var zw *gzip.Writer
	if gz {
		zw, _ = gzip.NewWriterLevel(w, gzip.BestSpeed)
		out = zw
	}
	bw := bufio.NewWriterSize(out, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := opt.Start; i < opt.Start+opt.Count; i++ {
		if err := enc.Encode(p.Article(opt.Seed, i)); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if zw != nil {
		return zw.Close()
	}
	return nil
}

// varier changes the numbers and person names of a sentence.
type varier struct {
	r *rand.Rand
}

var (
	numberRE = regexp.MustCompile(`\d[\d,]*(?:\.\d+)?`)
	nameRE   = regexp.MustCompile(`\b([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b`)
)

func (v *varier) vary(s string) string {
	s = numberRE.ReplaceAllStringFunc(s, v.number)
	return nameRE.ReplaceAllStringFunc(s, v.name)
}

// number replaces a number by another of the same shape: same count of
// digits, commas and decimals; years stay plausible years.
func (v *varier) number(n string) string {
	if len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20")) {
		return fmt.Sprint(1990 + v.r.IntN(36))
	}
	if v.r.IntN(4) == 0 {
		return n // some numbers stay as they were
	}
	b := []byte(n)
	first := true
	for i, c := range b {
		if c < '0' || c > '9' {
			continue
		}
		if first {
			b[i] = byte('1' + v.r.IntN(9))
			first = false
		} else {
			b[i] = byte('0' + v.r.IntN(10))
		}
	}
	return string(b)
}

func (v *varier) name(m string) string {
	sp := strings.IndexByte(m, ' ')
	if !firstNames[m[:sp]] {
		return m
	}
	return firstList[v.r.IntN(len(firstList))] + " " + lastList[v.r.IntN(len(lastList))]
}

var firstList = []string{"Maria", "James", "Ana", "John", "Fatima", "David", "Elena", "Michael", "Sofia", "Robert",
	"Aisha", "William", "Lucia", "Thomas", "Priya", "Daniel", "Chen", "Sarah", "Ahmed", "Laura", "Carlos", "Emma",
	"Olga", "Peter", "Grace", "Juan", "Helen", "Omar", "Rachel", "Luis", "Nadia", "Mark", "Ines", "Paul", "Yuki",
	"Kevin", "Amara", "Jorge", "Claire", "Ivan"}

var lastList = []string{"Garcia", "Smith", "Okafor", "Johnson", "Kowalski", "Nguyen", "Martinez", "Brown", "Haddad",
	"Rossi", "Müller", "Silva", "Williams", "Khan", "Lopez", "Andersen", "Tanaka", "Dubois", "Mensah", "Novak",
	"Romero", "Clarke", "Ortiz", "Fischer", "Petrov", "Moreau", "Ali", "Jensen", "Costa", "Reyes", "Walsh", "Sato",
	"Ibrahim", "Hughes", "Castro", "Weber", "Popescu", "Evans", "Suárez", "Mwangi"}

var firstNames = map[string]bool{}

func init() {
	for _, n := range firstList {
		firstNames[n] = true
	}
	for _, n := range []string{"Alfredo", "Nicolás", "Edmundo", "Joe", "Donald", "Kamala", "Joseph", "Mary", "Richard",
		"Charles", "George", "Andrew", "Jennifer", "Linda", "Patricia", "Susan", "Karen", "Nancy", "Steven", "Brian",
		"Jose", "Antonio", "Francisco", "Pedro", "Miguel", "Rafael", "Alexander", "Vladimir", "Emmanuel", "Olaf",
		"Keir", "Rishi", "Boris", "Justin", "Narendra", "Xi", "Recep", "Benjamin", "Volodymyr", "Jair", "Gustavo"} {
		firstNames[n] = true
	}
}

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, seed)) }
