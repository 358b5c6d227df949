package ptb

import (
	"strings"

	"sandpiper/doc"
)

// ToDocument converts a constituency tree into a one-sentence document
// with dependency heads and relations; see the package comment. A nil tree
// or one without words gives a document with no sentences. A hand-built
// tree must not contain itself; the conversion recurses as deep as the
// tree, which ParseTree limits to MaxDepth.
//
// Limits of the conversion, which reads only the tree:
//   - no traces or empty elements are used, so the role of a relative
//     pronoun is guessed (nsubj when the relative clause has no subject,
//     else obj) and control and raising are not recovered;
//   - a be-verb is a copula before a noun phrase, adjective phrase or
//     prepositional phrase (not after "there"); other verbs never are;
//   - auxiliaries are recognised by word (be, have, do, modals), so
//     "get"-passives and catenatives stay main verbs;
//   - clausal complements are told apart by shape: a clause with a subject
//     is ccomp, without one xcomp right after the verb and advcl after a
//     comma; reported speech before "said" is ccomp, not parataxis;
//   - multiword names are compound chains headed by their last word (UD
//     English would use flat for personal names); fixed expressions
//     ("because of", "such as") are not recognised;
//   - the tree's own attachment decisions are kept, right or wrong.
func ToDocument(t *Tree) *doc.Document {
	d := &doc.Document{}
	b := &builder{}
	root := b.build(t, nil)
	if root == nil {
		return d
	}
	n := len(b.forms)
	c := &conv{
		forms: b.forms,
		tags:  b.tags,
		head:  make([]int, n),
		rel:   make([]string, n),
	}
	for i := range c.head {
		c.head[i] = doc.NoHead
	}
	c.walk(root)
	c.head[root.htok], c.rel[root.htok] = doc.Root, "root"
	c.refine()

	var text strings.Builder
	d.Tokens = make([]doc.Token, n)
	for i, f := range c.forms {
		if i > 0 {
			text.WriteByte(' ')
		}
		start := text.Len()
		text.WriteString(f)
		d.Tokens[i] = doc.Token{
			Start:      start,
			End:        text.Len(),
			Form:       f,
			XPOS:       c.tags[i],
			UPOS:       upos(c.tags[i], strings.ToLower(f), c.rel[i]),
			Head:       c.head[i],
			Rel:        c.rel[i],
			SpaceAfter: i < n-1,
		}
	}
	d.Text = text.String()
	d.Sentences = []doc.Sentence{{First: 0, Last: n, Start: 0, End: len(d.Text)}}
	return d
}

// conv holds the dependencies being built: head and rel per token.
type conv struct {
	forms, tags []string
	head        []int
	rel         []string
}

func (c *conv) set(tok, head int, rel string) {
	if tok == head {
		return // cannot happen for distinct children; never make a loop
	}
	c.head[tok], c.rel[tok] = head, rel
}

// walk finds heads bottom-up and attaches each phrase's non-head children.
func (c *conv) walk(n *node) {
	if n.leaf() {
		return
	}
	for _, k := range n.kids {
		c.walk(k)
	}
	conj := coordination(n)
	if conj != nil {
		n.head = conj[0]
	} else {
		n.head = headChild(n)
	}
	n.htok = n.kids[n.head].htok
	if conj != nil {
		c.attachCoordination(n, conj)
		return
	}
	for i, k := range n.kids {
		if i != n.head {
			c.set(k.htok, n.htok, c.relation(n, n.head, i))
		}
	}
	c.flatCoordination(n)
}

// attachCoordination attaches the conjuncts to the first, each conjunction
// and comma to the conjunct after it (UD v2), and other children to the
// first conjunct.
func (c *conv) attachCoordination(n *node, conj []int) {
	first, last := conj[0], conj[len(conj)-1]
	next := 1 // index into conj of the next conjunct after i
	for i, k := range n.kids {
		for next < len(conj) && conj[next] < i {
			next++
		}
		switch {
		case i == first:
		case next < len(conj) && conj[next] == i:
			c.set(k.htok, n.htok, "conj")
		case i > first && i < last && (isSeparator(k) || isPunct(k)):
			c.set(k.htok, n.kids[conj[next]].htok, c.relation(n, first, i))
		case i == first-1 && k.leaf() && isPreconj(k.word):
			c.set(k.htok, n.htok, "cc:preconj")
		default:
			c.set(k.htok, n.htok, c.relation(n, first, i))
		}
	}
}

// flatCoordination handles a conjunction between two words or phrases
// inside a phrase that is not itself a coordination:
// (NP (JJ British) (CC and) (JJ French) (NNS troops)).
func (c *conv) flatCoordination(n *node) {
	for i := 1; i+1 < len(n.kids); i++ {
		cc, l, r := n.kids[i], n.kids[i-1], n.kids[i+1]
		if cc.tag() != "CC" || i+1 == n.head || isSeparator(l) || isSeparator(r) ||
			isPunct(l) || isPunct(r) || family(l) != family(r) {
			continue
		}
		c.set(r.htok, l.htok, "conj")
		c.set(cc.htok, r.htok, "cc")
	}
}

// refine adds the subtypes that need a token's other dependents:
// nsubj:pass and csubj:pass beside aux:pass, obl:agent for a passive
// by-phrase.
func (c *conv) refine() {
	n := len(c.head)
	pass := make([]bool, n) // has an aux:pass dependent
	by := make([]bool, n)   // has a case dependent "by"
	for i, h := range c.head {
		if h < 0 {
			continue
		}
		switch {
		case c.rel[i] == "aux:pass":
			pass[h] = true
		case c.rel[i] == "case" && strings.EqualFold(c.forms[i], "by"):
			by[h] = true
		}
	}
	for i, h := range c.head {
		if h < 0 {
			continue
		}
		switch c.rel[i] {
		case "nsubj", "csubj":
			if pass[h] {
				c.rel[i] += ":pass"
			}
		case "obl":
			if by[i] && (pass[h] || c.tags[h] == "VBN" && (c.rel[h] == "acl" || c.rel[h] == "amod" || c.rel[h] == "xcomp")) {
				c.rel[i] = "obl:agent"
			}
		}
	}
}

// upos maps a treebank tag to a Universal POS tag, using the relation
// where the tag alone is ambiguous.
func upos(tag, word, rel string) string {
	switch tag {
	case "NN", "NNS":
		return "NOUN"
	case "NNP", "NNPS":
		return "PROPN"
	case "PRP", "PRP$", "WP", "WP$", "EX":
		return "PRON"
	case "DT":
		if rel != "det" && rel != "det:predet" && isDemonstrative(word) {
			return "PRON"
		}
		return "DET"
	case "PDT":
		return "DET"
	case "WDT":
		if rel == "det" {
			return "DET"
		}
		return "PRON"
	case "CD":
		return "NUM"
	case "JJ", "JJR", "JJS", "AFX":
		return "ADJ"
	case "RB", "RBR", "RBS", "WRB":
		if word == "not" || word == "n't" {
			return "PART"
		}
		return "ADV"
	case "RP":
		return "ADP"
	case "IN":
		if rel == "mark" {
			return "SCONJ"
		}
		return "ADP"
	case "TO":
		if rel == "case" {
			return "ADP"
		}
		return "PART"
	case "MD":
		return "AUX"
	case "CC":
		return "CCONJ"
	case "UH":
		return "INTJ"
	case "POS":
		return "PART"
	case "SYM", "$", "#":
		return "SYM"
	case "FW", "LS", "ADD", "GW", "XX":
		return "X"
	}
	switch {
	case isPunctTag(tag):
		return "PUNCT"
	case isVerbTag(tag):
		if rel == "aux" || rel == "aux:pass" || rel == "cop" || strings.HasPrefix(tag, "AUX") && isBe(word) {
			return "AUX"
		}
		return "VERB"
	}
	return "X"
}
