package lexicon

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// addSeeds adds the inline test dictionaries and, when the shared data is
// present, slices of the real files.
func addSeeds(f *testing.F, inline []string, glob string) {
	for _, s := range inline {
		f.Add(s)
	}
	files, _ := filepath.Glob(filepath.Join(petrarchDir, glob))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		lines := strings.SplitAfter(string(b), "\n")
		for i := 0; i < len(lines) && i < 4000; i += 400 {
			f.Add(strings.Join(lines[i:min(i+60, len(lines))], ""))
		}
	}
}

// checkErrors verifies that err is nil or an ErrorList whose positions
// name the file and a line of the input.
func checkErrors(t *testing.T, err error, lists ...ErrorList) int {
	t.Helper()
	var el ErrorList
	if err != nil && !errors.As(err, &el) {
		t.Fatalf("error is not an ErrorList: %v", err)
	}
	n := 0
	for _, l := range append(lists, el) {
		for _, e := range l {
			if e.Pos.File != "fuzz" || e.Pos.Line < 1 {
				t.Fatalf("error without a position: %v", e)
			}
			n = max(n, e.Pos.Line)
		}
	}
	return n
}

func lineCount(s string) int { return strings.Count(s, "\n") + 1 }

func FuzzReadVerbs(f *testing.F) {
	addSeeds(f, []string{testVerbs, "&A_\n+B\n--- X ---\n+Y_Z {+YS_Z}\n- (A {B &A}) * $_+ % ^ [1:2]\n~ a (b c D) E = a b 1\n"}, "*verbs*")
	f.Fuzz(func(t *testing.T, src string) {
		v, err := ReadVerbs(strings.NewReader(src), "fuzz")
		if n := checkErrors(t, err, v.Warnings); n > lineCount(src) {
			t.Fatalf("error on line %d of %d", n, lineCount(src))
		}
		redefined := strings.Contains(v.Warnings.Error(), "redefined")
		for _, fam := range v.Families {
			for _, p := range fam.Patterns {
				// Synsets resolve as defined when the pattern was read.
				defined := func(name string) bool {
					s := v.Synsets[name]
					return s != nil && s.Pos.Line < p.Pos.Line
				}
				if p.Elems[p.Verb].Kind != ElemVerb {
					t.Fatalf("Verb index wrong in %s", p)
				}
				body := strings.TrimSuffix(strings.TrimPrefix(p.String(), "- "), " ["+string(p.Code)+"]")
				es, verb, err := parsePattern(body, defined, func(string) {})
				if !redefined && (err != nil || verb != p.Verb || !reflect.DeepEqual(es, p.Elems)) {
					t.Fatalf("pattern %q does not round-trip: %v", p, err)
				}
			}
			for _, vb := range fam.Verbs {
				if len(vb.Forms) == 0 || vb.Forms[0].Word == "" {
					t.Fatalf("verb without a base form at %v", vb.Pos)
				}
				for _, fm := range vb.Forms {
					if fam2 := v.Lookup(fm.Word); fam2 == nil {
						t.Fatalf("form %s not indexed", fm.Word)
					}
				}
			}
		}
		for name := range v.Synsets {
			v.Expand(name)
		}
	})
}

func FuzzReadActors(f *testing.F) {
	addSeeds(f, []string{testActors, "A [B 1-2]\n\t[C <991231][D]\n+E_ F\n"}, "*actors*")
	dates := []time.Time{time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2010, 6, 1, 0, 0, 0, 0, time.UTC)}
	f.Fuzz(func(t *testing.T, src string) {
		a, err := ReadActors(strings.NewReader(src), "fuzz")
		if n := checkErrors(t, err, a.Warnings); n > lineCount(src) {
			t.Fatalf("error on line %d of %d", n, lineCount(src))
		}
		for _, e := range a.Entries {
			for _, nm := range e.Names {
				got, n := a.Match(nm.Words)
				if got == nil || n != len(nm.Words) {
					t.Fatalf("name %s of %v not found: %v %d", nm, e.Pos, got, n)
				}
			}
			for _, d := range dates {
				e.CodeAt(d)
			}
		}
	})
}

func FuzzReadAgents(f *testing.F) {
	addSeeds(f, []string{testAgents, "!A! = B, C\nX!A!_!A! {} [~Y]\nZ {ZZ} [W~]\n"}, "*agents*")
	f.Fuzz(func(t *testing.T, src string) {
		a, err := ReadAgents(strings.NewReader(src), "fuzz")
		if n := checkErrors(t, err, a.Warnings); n > lineCount(src) {
			t.Fatalf("error on line %d of %d", n, lineCount(src))
		}
		for _, e := range a.Entries {
			if len(e.Names) == 0 || e.Code.Code == "" {
				t.Fatalf("empty agent at %v", e.Pos)
			}
			for _, nm := range e.Names {
				if got, n := a.Match(nm.Words); got == nil || n != len(nm.Words) {
					t.Fatalf("name %s not found", nm)
				}
			}
		}
	})
}

func FuzzReadDiscards(f *testing.F) {
	addSeeds(f, []string{testDiscards, "+A B_\nC\n"}, "*discards*")
	f.Fuzz(func(t *testing.T, src string) {
		d, err := ReadDiscards(strings.NewReader(src), "fuzz")
		if n := checkErrors(t, err, d.Warnings); n > lineCount(src) {
			t.Fatalf("error on line %d of %d", n, lineCount(src))
		}
		for _, e := range d.Entries {
			if got, n := d.Match(e.Words); got == nil || n != len(e.Words) {
				t.Fatalf("discard %v not found: %v %d", e.Words, got, n)
			}
			d.Find(append([]string{"x"}, e.Words...))
		}
	})
}

func FuzzReadIssues(f *testing.F) {
	addSeeds(f, []string{testIssues, "<ISSUE CATEGORY=\"A\">\nn:a+b v:c [X]\n~~d\n</ISSUE>\n"}, "*Issue*")
	f.Fuzz(func(t *testing.T, src string) {
		x, err := ReadIssues(strings.NewReader(src), "fuzz")
		if n := checkErrors(t, err, x.Warnings); n > lineCount(src) {
			t.Fatalf("error on line %d of %d", n, lineCount(src))
		}
		for _, e := range x.Entries {
			for _, p := range e.Phrases {
				if got, n := x.Match(p); got == nil || n != len(p) {
					t.Fatalf("issue phrase %v not found", p)
				}
			}
		}
	})
}
