package ptb

import (
	"fmt"
	"strings"
	"testing"

	"sandpiper/doc"
)

// deps renders d's tokens one a line as "form rel head-form" ("ROOT" for
// the root), the form the table below is written in.
func deps(d *doc.Document) string {
	var b strings.Builder
	for _, t := range d.Tokens {
		h := "ROOT"
		if t.Head >= 0 {
			h = d.Tokens[t.Head].Form
		}
		fmt.Fprintf(&b, "%s %s %s\n", t.Form, t.Rel, h)
	}
	return b.String()
}

// trim removes the indentation of a table entry.
func trim(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		b.WriteString(strings.Join(strings.Fields(l), " "))
		b.WriteByte('\n')
	}
	return b.String()
}

func TestToDocument(t *testing.T) {
	for _, tc := range []struct{ name, tree, want string }{
		{"transitive", `(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))`, `
			Arnor nsubj attacked
			attacked root ROOT
			Gondor obj attacked
			. punct attacked`},
		{"passive", `(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNP Arnor))))) (. .)))`, `
			Gondor nsubj:pass attacked
			was aux:pass attacked
			attacked root ROOT
			by case Arnor
			Arnor obl:agent attacked
			. punct attacked`},
		{"passive with empty elements", `( (S (NP-SBJ-1 (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (NP (-NONE- *-1)))) (. .)))`, `
			Gondor nsubj:pass attacked
			was aux:pass attacked
			attacked root ROOT
			. punct attacked`},
		{"perfect passive", `(ROOT (S (NP (NNP Gondor)) (VP (VBZ has) (VP (VBN been) (VP (VBN attacked))))))`, `
			Gondor nsubj:pass attacked
			has aux attacked
			been aux:pass attacked
			attacked root ROOT`},
		{"coordinated subject", `(ROOT (S (NP (NP (NNP Arnor)) (CC and) (NP (NNP Gondor))) (VP (VBD attacked) (NP (NNP Mordor))) (. .)))`, `
			Arnor nsubj attacked
			and cc Gondor
			Gondor conj Arnor
			attacked root ROOT
			Mordor obj attacked
			. punct attacked`},
		{"flat coordination of three", `(ROOT (S (NP (NNP Arnor) (, ,) (NNP Gondor) (CC and) (NNP Rohan)) (VP (VBD fought))))`, `
			Arnor nsubj fought
			, punct Gondor
			Gondor conj Arnor
			and cc Rohan
			Rohan conj Arnor
			fought root ROOT`},
		{"coordinated verb phrases", `(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD attacked) (NP (NNP Gondor))) (CC and) (VP (VBD fled)))))`, `
			Arnor nsubj attacked
			attacked root ROOT
			Gondor obj attacked
			and cc fled
			fled conj attacked`},
		{"coordinated modifiers", `(ROOT (NP (JJ British) (CC and) (JJ French) (NNS troops)))`, `
			British amod troops
			and cc French
			French conj British
			troops root ROOT`},
		{"both ... and", `(ROOT (S (NP (DT Both) (NP (NNP Arnor)) (CC and) (NP (NNP Gondor))) (VP (VBD fought))))`, `
			Both cc:preconj Arnor
			Arnor nsubj fought
			and cc Gondor
			Gondor conj Arnor
			fought root ROOT`},
		{"appositive", `(ROOT (S (NP (NP (NNP Aragorn)) (, ,) (NP (NP (DT the) (NN king)) (PP (IN of) (NP (NNP Gondor)))) (, ,)) (VP (VBD attacked) (NP (NNP Mordor))) (. .)))`, `
			Aragorn nsubj attacked
			, punct Aragorn
			the det king
			king appos Aragorn
			of case Gondor
			Gondor nmod king
			, punct Aragorn
			attacked root ROOT
			Mordor obj attacked
			. punct attacked`},
		{"possessive", `(ROOT (NP (NP (NNP Mordor) (POS 's)) (JJ eastern) (NN army)))`, `
			Mordor nmod:poss army
			's case Mordor
			eastern amod army
			army root ROOT`},
		{"flat possessive", `(ROOT (NP (NNP Minas) (NNP Tirith) (POS 's) (NN army)))`, `
			Minas compound Tirith
			Tirith nmod:poss army
			's case Tirith
			army root ROOT`},
		{"possessive pronoun", `(ROOT (S (NP (NNS crowds)) (VP (VBD trashed) (NP (PRP$ its) (NN embassy)))))`, `
			crowds nsubj trashed
			trashed root ROOT
			its nmod:poss embassy
			embassy obj trashed`},
		{"PP attached to the verb", `(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)) (PP (IN with) (NP (NNS tanks))))))`, `
			Arnor nsubj attacked
			attacked root ROOT
			Gondor obj attacked
			with case tanks
			tanks obl attacked`},
		{"PP attached to the noun", `(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NP (DT the) (NN capital)) (PP (IN of) (NP (NNP Gondor)))))))`, `
			Arnor nsubj attacked
			attacked root ROOT
			the det capital
			capital obj attacked
			of case Gondor
			Gondor nmod capital`},
		{"subject relative clause", `(ROOT (S (NP (NP (DT The) (NNS soldiers)) (SBAR (WHNP (WP who)) (S (VP (VBD fled))))) (VP (VBD returned)) (. .)))`, `
			The det soldiers
			soldiers nsubj returned
			who nsubj fled
			fled acl:relcl soldiers
			returned root ROOT
			. punct returned`},
		{"object relative clause", `(ROOT (NP (NP (DT the) (NN city)) (SBAR (WHNP (WDT that)) (S (NP (NNP Arnor)) (VP (VBD attacked))))))`, `
			the det city
			city root ROOT
			that obj attacked
			Arnor nsubj attacked
			attacked acl:relcl city`},
		{"auxiliary and main verb", `(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (VB attack) (NP (NNP Gondor))))))`, `
			Arnor nsubj attack
			will aux attack
			attack root ROOT
			Gondor obj attack`},
		{"progressive perfect", `(ROOT (S (NP (NNP Arnor)) (VP (VBZ has) (VP (VBN been) (VP (VBG attacking) (NP (NNP Gondor)))))))`, `
			Arnor nsubj attacking
			has aux attacking
			been aux attacking
			attacking root ROOT
			Gondor obj attacking`},
		{"negation", `(ROOT (S (NP (NNP Arnor)) (VP (VBD did) (RB not) (VP (VB attack) (NP (NNP Gondor)))) (. .)))`, `
			Arnor nsubj attack
			did aux attack
			not advmod attack
			attack root ROOT
			Gondor obj attack
			. punct attack`},
		{"flat negation", `(ROOT (S (NP (NNP Arnor)) (VP (VBD did) (RB n't) (VB attack))))`, `
			Arnor nsubj attack
			did aux attack
			n't advmod attack
			attack root ROOT`},
		{"compound proper nouns", `(ROOT (S (NP (NNP Prime) (NNP Minister) (NNP Aragorn)) (VP (VBD visited) (NP (NNP Minas) (NNP Tirith)))))`, `
			Prime compound Aragorn
			Minister compound Aragorn
			Aragorn nsubj visited
			visited root ROOT
			Minas compound Tirith
			Tirith obj visited`},
		{"noun modifiers", `(ROOT (NP (DT the) (CD three) (JJ large) (NN trade) (NNS agreements)))`, `
			the det agreements
			three nummod agreements
			large amod agreements
			trade compound agreements
			agreements root ROOT`},
		{"copula with noun", `(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (NP (DT a) (NN threat)))))`, `
			Arnor nsubj threat
			is cop threat
			a det threat
			threat root ROOT`},
		{"copula with adjective and modal", `(ROOT (S (NP (PRP They)) (VP (MD will) (VP (VB be) (ADJP (JJ safe))))))`, `
			They nsubj safe
			will aux safe
			be cop safe
			safe root ROOT`},
		{"copula with PP", `(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (PP (IN in) (NP (NNP Gondor))))))`, `
			Arnor nsubj Gondor
			is cop Gondor
			in case Gondor
			Gondor root ROOT`},
		{"existential", `(ROOT (S (NP (EX There)) (VP (VBZ is) (NP (DT a) (NN war)))))`, `
			There expl is
			is root ROOT
			a det war
			war obj is`},
		{"adverbial clause", `(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (SBAR (IN after) (S (NP (NNS crowds)) (VP (VBD rioted)))))))`, `
			Arnor nsubj left
			left root ROOT
			after mark rioted
			crowds nsubj rioted
			rioted advcl left`},
		{"complement clause", `(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Gondor)) (VP (VBD attacked)))))))`, `
			Arnor nsubj said
			said root ROOT
			that mark attacked
			Gondor nsubj attacked
			attacked ccomp said`},
		{"infinitive complement", `(ROOT (S (NP (NNP Arnor)) (VP (VBZ wants) (S (VP (TO to) (VP (VB attack) (NP (NNP Gondor))))))))`, `
			Arnor nsubj wants
			wants root ROOT
			to mark attack
			attack xcomp wants
			Gondor obj attack`},
		{"reported speech", `(ROOT (S (S (NP (NNP Arnor)) (VP (VBD attacked))) (, ,) (NP (DT an) (NN official)) (VP (VBD said)) (. .)))`, `
			Arnor nsubj attacked
			attacked ccomp said
			, punct said
			an det official
			official nsubj said
			said root ROOT
			. punct said`},
		{"double object", `(ROOT (S (NP (NNP Arnor)) (VP (VBD gave) (NP (NNP Gondor)) (NP (NN aid)))))`, `
			Arnor nsubj gave
			gave root ROOT
			Gondor iobj gave
			aid obj gave`},
		{"particle and temporal NP", `(ROOT (S (NP (NNS crowds)) (VP (VBD burned) (PRT (RP down)) (NP (DT the) (NN embassy)) (NP-TMP (NN yesterday)))))`, `
			crowds nsubj burned
			burned root ROOT
			down compound:prt burned
			the det embassy
			embassy obj burned
			yesterday obl:unmarked burned`},
		{"quantifier phrase", `(ROOT (NP (QP (RB about) (CD 800) (CD million)) (NNS ducats)))`, `
			about advmod million
			800 compound million
			million nummod ducats
			ducats root ROOT`},
		{"parenthetical in a clause", `(ROOT (S (NP (NNP Arnor)) (PRN (, ,) (S (NP (PRP it)) (VP (VBZ seems))) (, ,)) (VP (VBD won))))`, `
			Arnor nsubj won
			, punct seems
			it nsubj seems
			seems parataxis won
			, punct seems
			won root ROOT`},
		{"brackets", `(ROOT (NP (NP (NNP European) (NNP Union)) (PRN (-LRB- -LRB-) (NP (NNP EU)) (-RRB- -RRB-))))`, `
			European compound Union
			Union root ROOT
			( punct EU
			EU appos Union
			) punct EU`},
	} {
		tr, err := ParseTree(tc.tree)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		d := ToDocument(tr)
		if got, want := deps(d), trim(tc.want); got != want {
			t.Errorf("%s:\n%s\ngot:\n%swant:\n%s", tc.name, tc.tree, got, want)
		}
		if msg := checkTree(d); msg != "" {
			t.Errorf("%s: %s", tc.name, msg)
		}
	}
}

func TestToDocumentTokens(t *testing.T) {
	tr, err := ParseTree("(ROOT (S (NP (NNP Arnor)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (DT the) (NNS Orcs))) " +
		"(SBAR (IN after) (S (NP (PRP it)) (VP (VBD said) (`` ``) (NP (NN no)) ('' '')))))) (. .)))")
	if err != nil {
		t.Fatal(err)
	}
	d := ToDocument(tr)
	const text = `Arnor was attacked by the Orcs after it said " no " .`
	if d.Text != text {
		t.Fatalf("Text = %q, want %q", d.Text, text)
	}
	if len(d.Sentences) != 1 || d.Sentences[0] != (doc.Sentence{First: 0, Last: 13, Start: 0, End: len(text)}) {
		t.Errorf("Sentences = %+v", d.Sentences)
	}
	var got []string
	for _, tok := range d.Tokens {
		got = append(got, fmt.Sprintf("%s/%s/%s", text[tok.Start:tok.End], tok.XPOS, tok.UPOS))
	}
	const want = "Arnor/NNP/PROPN was/VBD/AUX attacked/VBN/VERB by/IN/ADP the/DT/DET Orcs/NNS/NOUN " +
		"after/IN/SCONJ it/PRP/PRON said/VBD/VERB \"/``/PUNCT no/NN/NOUN \"/''/PUNCT ././PUNCT"
	if strings.Join(got, " ") != want {
		t.Errorf("tokens:\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
	for i, tok := range d.Tokens {
		if tok.SpaceAfter != (i < len(d.Tokens)-1) || tok.Lemma != "" || tok.MultiWord != 0 {
			t.Errorf("token %d = %+v", i, tok)
		}
	}
}

func TestUPOS(t *testing.T) {
	tr, _ := ParseTree(`(ROOT (S (NP (DT This)) (VP (VBZ is) (RB not) (NP (NP (DT the) (NN city)) (SBAR (WHNP (WDT which)) (S (NP (PRP they)) (VP (MD could) (VP (VB reach) (PP (TO to) (NP (CD 5) (NNS miles))))))))) (. .)))`)
	d := ToDocument(tr)
	var got []string
	for _, tok := range d.Tokens {
		got = append(got, tok.Form+"/"+tok.UPOS)
	}
	const want = "This/PRON is/AUX not/PART the/DET city/NOUN which/PRON they/PRON could/AUX reach/VERB to/ADP 5/NUM miles/NOUN ./PUNCT"
	if strings.Join(got, " ") != want {
		t.Errorf("UPOS:\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
}

func TestToDocumentEmpty(t *testing.T) {
	if d := ToDocument(nil); len(d.Tokens) != 0 || len(d.Sentences) != 0 || d.Text != "" {
		t.Errorf("ToDocument(nil) = %+v", d)
	}
	tr, _ := ParseTree("(S (NP-SBJ (-NONE- *)) (VP (-NONE- *T*)))")
	if d := ToDocument(tr); len(d.Tokens) != 0 || len(d.Sentences) != 0 {
		t.Errorf("all-empty tree = %+v", d)
	}
	// Hand-built trees with nil children and empty words do not panic.
	odd := &Tree{Label: "S", Children: []*Tree{nil, {Label: "NN"}, {Label: "VP", Children: []*Tree{{Label: "VB", Word: "go"}}}}}
	if d := ToDocument(odd); len(d.Tokens) != 1 || d.Tokens[0].Head != doc.Root {
		t.Errorf("odd tree = %+v", d)
	}
}
