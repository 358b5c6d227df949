package ptb

import (
	"errors"
	"strings"
	"testing"
)

func TestParseTree(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))",
			"(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))"},
		{"\n( (S  (NP-SBJ-1 (NNP Arnor)\n)\t(VP (VBD was) (VP (VBN hit) (NP (-NONE- *-1))))))",
			"( (S (NP-SBJ-1 (NNP Arnor)) (VP (VBD was) (VP (VBN hit) (NP (-NONE- *-1))))))"},
		{"(NP (-LRB- -LRB-) (NN x) (-RRB- -RRB-))", "(NP (-LRB- -LRB-) (NN x) (-RRB- -RRB-))"},
		{"(NN word)", "(NN word)"},
		{"(NP=2 (CD 1,000) (NNS ducats))", "(NP=2 (CD 1,000) (NNS ducats))"},
	} {
		tr, err := ParseTree(tc.in)
		if err != nil {
			t.Errorf("ParseTree(%q): %v", tc.in, err)
			continue
		}
		if got := tr.String(); got != tc.want {
			t.Errorf("ParseTree(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestParseTreeErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "offset 0: empty input"},
		{"  \n ", "empty input"},
		{"word", `word "word" outside brackets`},
		{"(", "unbalanced brackets: 1 not closed"},
		{"(S (NP (NN a))", "unbalanced brackets: 1 not closed (from offset 0)"},
		{"(S (NN a)))", "offset 10: unbalanced brackets: ')' without '('"},
		{")", "')' without '('"},
		{"(S (NN a)) (S (NN b))", "offset 11: text after the tree"},
		{"(S (NN a)) b", `text after the tree: "b"`},
		{"()", "empty constituent"},
		{"(NP ())", "empty constituent"},
		{"(NP)", `empty constituent "NP"`},
		{"(NP (DT a) b)", `word "b" beside constituents under "NP"`},
		{"(NP b (DT a))", `constituent beside the word "b"`},
		{"(NN a b)", `second word "b" under "NN"`},
		{"(S ( a))", `empty constituent "a"`},
		{strings.Repeat("(A ", MaxDepth+1) + "(B b)" + strings.Repeat(")", MaxDepth+1), "nesting deeper than"},
	} {
		tr, err := ParseTree(tc.in)
		var se *SyntaxError
		if err == nil || !errors.As(err, &se) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseTree(%.40q) = %v, %v; want error containing %q", tc.in, tr, err, tc.want)
		}
	}
	// Just inside the limit is fine.
	deep := strings.Repeat("(A ", MaxDepth-1) + "(B b)" + strings.Repeat(")", MaxDepth-1)
	if _, err := ParseTree(deep); err != nil {
		t.Errorf("depth %d: %v", MaxDepth, err)
	}
}

func TestLabels(t *testing.T) {
	for _, tc := range []struct {
		label, cat string
		fn         []string
	}{
		{"NP", "NP", nil},
		{"NP-SBJ-1", "NP", []string{"SBJ"}},
		{"NP=2", "NP", nil},
		{"PP-LOC-CLR", "PP", []string{"LOC", "CLR"}},
		{"NP-TMP", "NP", []string{"TMP"}},
		{"-NONE-", "-NONE-", nil},
		{"-LRB-", "-LRB-", nil},
		{"PRP$", "PRP$", nil},
		{"", "", nil},
	} {
		tr := &Tree{Label: tc.label}
		if got := tr.Cat(); got != tc.cat {
			t.Errorf("Cat(%q) = %q, want %q", tc.label, got, tc.cat)
		}
		if got := tr.FuncTags(); strings.Join(got, " ") != strings.Join(tc.fn, " ") {
			t.Errorf("FuncTags(%q) = %q, want %q", tc.label, got, tc.fn)
		}
	}
	tr, _ := ParseTree("(S (NP (DT the) (NN army)) (VP (VBD came)))")
	var words []string
	for _, l := range tr.Leaves() {
		words = append(words, l.Label+"/"+l.Word)
	}
	if got := strings.Join(words, " "); got != "DT/the NN/army VBD/came" {
		t.Errorf("Leaves = %s", got)
	}
}
