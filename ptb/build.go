package ptb

import (
	"slices"
	"strings"
)

// node is the converter's working copy of a Tree: categories split from
// function tags, empty elements removed, tokens numbered.
type node struct {
	cat    string // category; the tag for preterminals
	fn     []string
	tok    int    // token index of a preterminal, -1 for phrases
	word   string // lower-cased form of a preterminal
	kids   []*node
	parent *node
	head   int  // index of the head child (phrases)
	htok   int  // the lexical head: a token index
	cop    bool // the head child is a predicate after a copula
}

func (n *node) leaf() bool { return n.tok >= 0 }

func (n *node) hasFunc(f string) bool { return slices.Contains(n.fn, f) }

// tag returns the tag of a preterminal and "" for a phrase.
func (n *node) tag() string {
	if n.leaf() {
		return n.cat
	}
	return ""
}

// builder numbers the words of a tree while copying it into nodes.
type builder struct {
	forms []string
	tags  []string
}

// build copies t, dropping empty elements and constituents left empty. It
// returns nil for a tree with no words.
func (b *builder) build(t *Tree, parent *node) *node {
	if t == nil {
		return nil
	}
	cat := category(t.Label)
	if cat == "-NONE-" {
		return nil
	}
	n := &node{cat: cat, fn: funcTags(t.Label), tok: -1, parent: parent}
	if t.IsPreterminal() {
		if t.Word == "" {
			return nil
		}
		n.tok = len(b.forms)
		n.htok = n.tok
		n.word = strings.ToLower(t.Word)
		b.forms = append(b.forms, unescape(t.Word))
		b.tags = append(b.tags, cat)
		return n
	}
	for _, c := range t.Children {
		if k := b.build(c, n); k != nil {
			n.kids = append(n.kids, k)
		}
	}
	if len(n.kids) == 0 {
		return nil
	}
	if isNominalCat(n.cat) {
		groupPossessors(n)
	}
	return n
}

// groupPossessors gives a flat possessive its own phrase:
// (NP (NNP Arnor) (POS 's) (NN army)) → (NP (NP (NNP Arnor) (POS 's)) (NN army)).
func groupPossessors(n *node) {
	for i := 1; i < len(n.kids)-1; i++ {
		if n.kids[i].tag() != "POS" {
			continue
		}
		g := &node{cat: "NP", tok: -1, parent: n, kids: slices.Clone(n.kids[:i+1])}
		for _, k := range g.kids {
			k.parent = g
		}
		n.kids = append([]*node{g}, n.kids[i+1:]...)
		i = 0
	}
}
