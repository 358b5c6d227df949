package text

import (
	"math/rand"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"sandpiper/doc"
)

// badInputs are texts that must not break the chain.
var badInputs = []string{
	"",
	" ",
	"\n\n\n",
	"\x00",
	"a\x00b\x00\x00c. D\x00",
	"\xff\xfe\xfd",
	"ok \xff bad \xc3 half \xe2\x80 cut",
	"don\xe2\x80t",
	"\xe2\x80\x99",
	"\u2019s",
	"'",
	"n't",
	"'s",
	"s'",
	"-",
	"--",
	".",
	"...",
	"Mr.",
	"U.S.",
	"a.",
	"\u00ad",
	"\u200d\u200d",
	"\U0001F1FA",
	"\u0301\u0301 accents",
	"@",
	"#",
	"http://",
	"www.",
	"x@y.",
	"$",
	"(((((",
	"\"\"\"\"",
	"\u201c\u201d\u2018\u2019",
	"A. B. C. D.",
	"BEIRUT, \u2014",
	"BEIRUT \u2014",
	"(AP) \u2014",
	"(",
	"WASHINGTON (",
	"1.",
	"\r\n\r\n",
	"\u2029",
	strings.Repeat("\u0301", 2000),
	strings.Repeat("\xff", 2000),
	strings.Repeat("a-", 1000),
	strings.Repeat("'", 1000),
	strings.Repeat("Mr. ", 1000),
	strings.Repeat("\U0001F44D\u200d", 500),
}

func TestBadInput(t *testing.T) {
	for _, s := range badInputs {
		checkTokens(t, s, Tokenize(s))
		d := &doc.Document{Text: s}
		Analyze(d)
		checkDoc(t, d)
		if !utf8.ValidString(s) {
			for _, tk := range d.Tokens {
				if !utf8.ValidString(tk.Form) {
					t.Errorf("%q: token form %q is invalid UTF-8", s, tk.Form)
				}
			}
		}
	}
}

// TestHugeLine runs a 10 MB single line without punctuation, and other
// large pathological inputs, through Analyze in bounded time.
func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	const size = 10 << 20
	rb := make([]byte, 1<<20)
	rand.New(rand.NewSource(1)).Read(rb)
	inputs := map[string]string{
		"words":    strings.Repeat("lorem ipsum dolor ", size/18),
		"one word": strings.Repeat("a", size),
		"dots":     strings.Repeat(".", size),
		"random":   string(rb),
	}
	for name, s := range inputs {
		start := time.Now()
		d := &doc.Document{Text: s}
		Analyze(d)
		el := time.Since(start)
		t.Logf("%s: %d bytes, %d tokens, %d sentences in %v", name, len(s), len(d.Tokens), len(d.Sentences), el)
		if el > 5*time.Second { // generous: the machine may be busy
			t.Errorf("%s: took %v", name, el)
		}
		if name == "words" && len(d.Sentences) < len(d.Tokens)/MaxSentenceTokens {
			t.Errorf("words: %d sentences for %d tokens", len(d.Sentences), len(d.Tokens))
		}
		for i, se := range d.Sentences {
			if se.Len() > MaxSentenceTokens {
				t.Fatalf("%s: sentence %d has %d tokens", name, i, se.Len())
			}
		}
		for i, tk := range d.Tokens {
			if tk.End-tk.Start > maxURLBytes {
				t.Fatalf("%s: token %d is %d bytes long", name, i, tk.End-tk.Start)
			}
		}
	}
}

// TestNewsInvariants checks the invariants on every Wikinews article.
func TestNewsInvariants(t *testing.T) {
	texts := loadNews(t)
	ntok := 0
	for _, s := range texts {
		d := &doc.Document{Text: s}
		Analyze(d)
		checkDoc(t, d)
		ntok += len(d.Tokens)
	}
	t.Logf("%d articles, %d tokens", len(texts), ntok)
}

func FuzzTokenize(f *testing.F) {
	for _, s := range badInputs {
		if len(s) < 200 {
			f.Add(s)
		}
	}
	f.Add("I don't know, Mr. Smith\u2019s U.S. e-mail: a@b.com http://x.y/z \u201cok\u201d \u2014 3.5% $5.")
	f.Fuzz(func(t *testing.T, s string) {
		checkTokens(t, s, Tokenize(s))
	})
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range badInputs {
		if len(s) < 200 {
			f.Add(s)
		}
	}
	f.Add("NEW YORK, March 3 (Reuters) - He said \"no.\" Then etc. The U.S. J. R. R. Tolkien.\n\nNext para\nline")
	f.Fuzz(func(t *testing.T, s string) {
		d := &doc.Document{Text: s}
		Analyze(d)
		checkDoc(t, d)
	})
}
