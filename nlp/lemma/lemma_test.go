package lemma

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sandpiper/conllu"
)

// ewtPath finds the EWT file part ("train", "dev", "test") in a
// shared/data directory above the package.
func ewtPath(part string) string {
	name := filepath.Join("shared", "data", "ud_en_ewt", "en_ewt-ud-"+part+".conllu")
	for _, up := range []string{"../..", "../../.."} {
		p := filepath.Join(up, name)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

func readEWT(t testing.TB, part string) []*conllu.Sentence {
	t.Helper()
	p := ewtPath(part)
	if p == "" {
		t.Skipf("EWT %s not found", part)
	}
	f, err := os.Open(p)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	s, err := conllu.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// toy is a small training set in compact CoNLL-U: FORM LEMMA UPOS XPOS.
const toy = `
The the DET DT
cats cat NOUN NNS
dogs dog NOUN NNS
studies study NOUN NNS
parties party NOUN NNS
cities city NOUN NNS
stopped stop VERB VBD
dropped drop VERB VBD
planned plan VERB VBD
walked walk VERB VBD
jumped jump VERB VBD
went go VERB VBD
went go VERB VBD
making make VERB VBG
taking take VERB VBG
baking bake VERB VBG
walking walk VERB VBG
talking talk VERB VBG
children child NOUN NNS
Google Google PROPN NNP
Americans American PROPN NNPS
Germans German PROPN NNPS
Apple apple NOUN NN
table table NOUN NN
I I PRON PRP
n't not PART RB
20,000 20000 NUM CD
1,500 1500 NUM CD
`

func toySentences(t testing.TB) []*conllu.Sentence {
	var b strings.Builder
	for i, line := range strings.Split(strings.TrimSpace(toy), "\n") {
		f := strings.Fields(line)
		b.WriteString(strings.Join([]string{itoa(i + 1), f[0], f[1], f[2], f[3], "_", "0", "dep", "_", "_"}, "\t"))
		b.WriteByte('\n')
	}
	s, err := conllu.ReadAll(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func TestToy(t *testing.T) {
	m := Train(toySentences(t))
	for _, c := range []struct{ form, upos, xpos, want string }{
		{"cats", "NOUN", "NNS", "cat"},
		{"birds", "NOUN", "NNS", "bird"},     // rule "s" → ""
		{"ladies", "NOUN", "NNS", "lady"},    // rule "ies" → "y"
		{"LADIES", "NOUN", "NNS", "LADY"},    // capitals rewrite to capitals
		{"shopped", "VERB", "VBD", "shop"},   // doubled consonant
		{"talked", "VERB", "VBD", "talk"},    // plain "ed"
		{"went", "VERB", "VBD", "go"},        // exception
		{"WENT", "VERB", "VBD", "go"},        // exceptions ignore case
		{"raking", "VERB", "VBG", "rake"},    // "king" → "ke"
		{"children", "NOUN", "NNS", "child"}, // exception
		{"Google", "PROPN", "NNP", "Google"}, // proper nouns keep their form
		{"Yahoo", "PROPN", "NNP", "Yahoo"},   // unseen proper noun
		{"Canadians", "PROPN", "NNPS", "Canadian"},
		{"Table", "NOUN", "NN", "table"}, // capitalised common noun
		{"I", "PRON", "PRP", "I"},
		{"n't", "PART", "RB", "not"},
		{"3,000", "NUM", "CD", "3000"},
		{"foo", "X", "UNKNOWN", "foo"}, // unknown tags: the form
		{"dogs", "NOUN", "", "dog"},    // missing XPOS: UPOS's tag
		{"", "NOUN", "NNS", ""},
	} {
		if got := m.Lemma(c.form, c.upos, c.xpos); got != c.want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", c.form, c.upos, c.xpos, got, c.want)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	m := Train(toySentences(t))
	var b1 bytes.Buffer
	n, err := m.WriteTo(&b1)
	if err != nil || n != int64(b1.Len()) {
		t.Fatalf("WriteTo: %d, %v", n, err)
	}
	m2, err := Read(bytes.NewReader(b1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var b2 bytes.Buffer
	m2.WriteTo(&b2)
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("model read back writes different bytes")
	}
	for _, w := range []string{"ladies", "went", "shopped", "Yahoo", "Table"} {
		for _, tag := range []string{"NNS", "VBD", "NNP", "NN"} {
			if a, b := m.Lemma(w, "", tag), m2.Lemma(w, "", tag); a != b {
				t.Errorf("%s/%s: %q before, %q after reading", w, tag, a, b)
			}
		}
	}
	// An empty model works too.
	var b3 bytes.Buffer
	Train(nil).WriteTo(&b3)
	e, err := Read(&b3)
	if err != nil {
		t.Fatal(err)
	}
	if got := e.Lemma("cats", "NOUN", "NNS"); got != "cats" {
		t.Errorf("empty model: %q", got)
	}
}

func TestReadCorrupt(t *testing.T) {
	var b bytes.Buffer
	Train(toySentences(t)).WriteTo(&b)
	good := b.Bytes()
	cases := map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("XXLEMMA\x01"), good[8:]...),
		"truncated": good[:len(good)/2],
		"trailing":  append(append([]byte{}, good...), 0),
	}
	flipped := append([]byte{}, good...)
	flipped[len(flipped)/2] ^= 0x40
	cases["flipped"] = flipped
	for name, data := range cases {
		m, err := Read(bytes.NewReader(data))
		if err == nil || m != nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if !errors.Is(err, ErrFormat) {
			t.Errorf("%s: error %v does not wrap ErrFormat", name, err)
		}
	}
	// Every truncation fails cleanly.
	for i := range good {
		if _, err := Read(bytes.NewReader(good[:i])); err == nil {
			t.Fatalf("truncation to %d bytes read without error", i)
		}
	}
}

// withCRC replaces the checksum of a model body so that structural checks,
// not the checksum, must catch the damage.
func withCRC(body []byte) []byte {
	out := append([]byte{}, body...)
	return binary.LittleEndian.AppendUint32(out, crc32.ChecksumIEEE(body))
}

func TestReadStructural(t *testing.T) {
	var b bytes.Buffer
	Train(toySentences(t)).WriteTo(&b)
	body := b.Bytes()[:b.Len()-4]
	// Damage each byte in turn (keeping the checksum right): Read must
	// return an error or a model that writes the same bytes back.
	for i := len(magic); i < len(body); i++ {
		for _, x := range []byte{0x01, 0x80, 0xff} {
			d := append([]byte{}, body...)
			d[i] ^= x
			data := withCRC(d)
			m, err := Read(bytes.NewReader(data))
			if err != nil {
				continue
			}
			var out bytes.Buffer
			m.WriteTo(&out)
			if !bytes.Equal(out.Bytes(), data) {
				t.Fatalf("byte %d ^ %#x: accepted a non-canonical model", i, x)
			}
			m.Lemma("studies", "NOUN", "NNS")
		}
	}
}

func FuzzRead(f *testing.F) {
	var b bytes.Buffer
	Train(toySentences(f)).WriteTo(&b)
	f.Add(b.Bytes())
	f.Add(withCRC(b.Bytes()[:b.Len()-4]))
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		// Without a valid checksum nearly everything is rejected at once;
		// also try the data with its checksum fixed.
		for _, d := range [][]byte{data, withCRC(data)} {
			m, err := Read(bytes.NewReader(d))
			if err != nil {
				if m != nil || !errors.Is(err, ErrFormat) {
					t.Fatalf("Read: model %v, error %v", m, err)
				}
				continue
			}
			var out bytes.Buffer
			if _, err := m.WriteTo(&out); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out.Bytes(), d) {
				t.Fatalf("accepted bytes differ from what the model writes")
			}
			for _, w := range []string{"", "a", "Studies", "WENT", "x,1,000", "ÉTÉS", "\xff\xfe"} {
				for _, tag := range []string{"NNS", "VBD", "NNP", "CD", "zz"} {
					m.Lemma(w, "NOUN", tag)
				}
			}
		}
	})
}

func TestNoAlloc(t *testing.T) {
	m := Train(toySentences(t))
	for _, c := range []struct{ form, xpos string }{
		{"table", "NN"},    // the form
		{"cats", "NNS"},    // a prefix of the form
		{"stopped", "VBD"}, // a prefix of the form
		{"went", "VBD"},    // a table entry
		{"WENT", "VBD"},    // a table entry, case folded
		{"Google", "NNP"},  // the form
	} {
		if a := testing.AllocsPerRun(100, func() { m.Lemma(c.form, "", c.xpos) }); a != 0 {
			t.Errorf("Lemma(%q, %s) allocates %.0f times", c.form, c.xpos, a)
		}
	}
}

func TestEWTAccuracy(t *testing.T) {
	train, test := readEWT(t, "train"), readEWT(t, "test")
	m := Train(train)
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	n, ok := 0, 0
	for _, s := range test {
		for _, w := range s.Words {
			n++
			if m2.Lemma(w.Form, w.UPOS, w.XPOS) == w.Lemma {
				ok++
			}
		}
	}
	acc := 100 * float64(ok) / float64(n)
	t.Logf("%s; %d bytes; EWT test accuracy with gold tags %.2f%% (%d/%d)", m, b.Len(), acc, ok, n)
	if acc < 98.7 {
		t.Errorf("accuracy %.2f%% below 98.7%%", acc)
	}
	if b.Len() > 100_000 {
		t.Errorf("model is %d bytes", b.Len())
	}
}

func TestDeterministic(t *testing.T) {
	train := readEWT(t, "train")
	var b1, b2 bytes.Buffer
	Train(train).WriteTo(&b1)
	// Same words in another sentence order.
	rev := make([]*conllu.Sentence, len(train))
	for i, s := range train {
		rev[len(train)-1-i] = s
	}
	Train(rev).WriteTo(&b2)
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("training twice gave different bytes")
	}
}

func BenchmarkLemma(b *testing.B) {
	m := Train(readEWT(b, "train"))
	type word struct{ form, upos, xpos string }
	var ws []word
	for _, s := range readEWT(b, "dev") {
		for _, w := range s.Words {
			ws = append(ws, word{w.Form, w.UPOS, w.XPOS})
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, w := range ws {
			m.Lemma(w.form, w.upos, w.xpos)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ws)), "ns/word")
}
