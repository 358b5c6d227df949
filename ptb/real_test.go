package ptb

import (
	"os"
	"testing"

	"sandpiper/doc"
	"sandpiper/petrarch"
)

// The unit-test records (MIT) live in ../shared beside the clone; they are
// read here and never copied into the repository.
const recordsFile = "../../shared/data/petrarch/PETR.UnitTest.records.xml"

// TestRealSuite converts every parse of PETRARCH's unit-test records. The
// records whose expected coding is error="bad_input_parse" hold
// deliberately unbalanced trees and must fail to parse.
func TestRealSuite(t *testing.T) {
	f, err := os.Open(recordsFile)
	if err != nil {
		t.Skipf("unit-test records not available: %v", err)
	}
	defer f.Close()
	suite, err := petrarch.Read(f, "PETR.UnitTest.records.xml")
	if err != nil {
		t.Fatalf("petrarch.Read: %v", err)
	}
	var converted, rejected, tokens int
	rels := map[string]int{}
	for _, r := range suite.Records() {
		bad := false
		for _, c := range r.Expected {
			bad = bad || c.Error == "bad_input_parse"
		}
		tree, err := ParseTree(r.Parse)
		if bad {
			if err == nil {
				t.Errorf("%s (line %d): bad_input_parse record parsed", r.ID, r.Line)
			}
			rejected++
			continue
		}
		if err != nil {
			t.Errorf("%s (line %d): %v", r.ID, r.Line, err)
			continue
		}
		d := ToDocument(tree)
		if err := checkTree(d); err != "" {
			t.Errorf("%s (line %d): %s", r.ID, r.Line, err)
		}
		if len(d.Tokens) != len(tree.Leaves()) {
			t.Errorf("%s: %d tokens from %d leaves", r.ID, len(d.Tokens), len(tree.Leaves()))
		}
		for _, tok := range d.Tokens {
			rels[tok.Rel]++
			if tok.UPOS == "X" || tok.UPOS == "" {
				t.Errorf("%s: token %q (%s) has UPOS %q", r.ID, tok.Form, tok.XPOS, tok.UPOS)
			}
		}
		converted++
		tokens += len(d.Tokens)
	}
	t.Logf("converted %d parses (%d tokens); %d bad_input_parse records rejected", converted, tokens, rejected)
	t.Logf("relations: %v", rels)
	if converted != 282 || rejected != 2 {
		t.Errorf("converted %d, rejected %d; want 282 and 2", converted, rejected)
	}
	if rels["dep"] > 0 {
		t.Errorf("%d tokens labelled dep", rels["dep"])
	}
}

// checkTree returns what is wrong with d's single sentence: offsets that
// do not match the forms, a head out of range, not exactly one root, or a
// cycle. It returns "" for a well-formed tree.
func checkTree(d *doc.Document) string {
	if len(d.Sentences) != 1 {
		return "not one sentence"
	}
	roots := 0
	for i, tok := range d.Tokens {
		if d.Text[tok.Start:tok.End] != tok.Form {
			return "offsets do not match form " + tok.Form
		}
		switch {
		case tok.Head == doc.Root:
			roots++
			if tok.Rel != "root" {
				return "root labelled " + tok.Rel
			}
		case tok.Head < 0 || tok.Head >= len(d.Tokens) || tok.Head == i:
			return "bad head for " + tok.Form
		case tok.Rel == "" || tok.Rel == "root":
			return "bad relation for " + tok.Form
		}
		// Walk up: a cycle never reaches the root within len steps.
		h, steps := i, 0
		for h != doc.Root {
			if steps > len(d.Tokens) {
				return "cycle through " + tok.Form
			}
			h = d.Tokens[h].Head
			steps++
		}
	}
	if roots != 1 {
		return "not one root"
	}
	return ""
}
