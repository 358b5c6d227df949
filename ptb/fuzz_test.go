package ptb

import "testing"

func FuzzParseTree(f *testing.F) {
	for _, s := range []string{
		"(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))",
		"( (S (NP-SBJ-1 (-NONE- *)) (VP (VBD was) (VP (VBN hit) (PP (IN by) (NP (NNP A) (CC and) (NNP B)))))))",
		"(NP (NP (NNP A) (POS 's)) (NN army) (, ,) (SBAR (WHNP (WDT which)) (S (VP (VBD fled)))))",
		"(S (NP (EX There)) (VP (VBZ is) (NP (DT a) (NN war))))",
		"(NP (-LRB- -LRB-) (NN x) (-RRB- -RRB-))",
		"((", "(NN a b)", ")", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tr, err := ParseTree(s)
		if err != nil {
			return
		}
		// A parsed tree reads back the same and converts to a single tree.
		if again, err := ParseTree(tr.String()); err != nil || again.String() != tr.String() {
			t.Fatalf("round trip of %q: %v", tr.String(), err)
		}
		d := ToDocument(tr)
		if len(d.Tokens) == 0 {
			return
		}
		if msg := checkTree(d); msg != "" {
			t.Fatalf("%s: %s", tr, msg)
		}
	})
}
