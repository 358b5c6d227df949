package ptb

import "strings"

// Tree is a node of a bracketed parse. A preterminal (a tag over one word)
// has Word set and no Children; a phrase has Children and no Word.
type Tree struct {
	Label    string // as written: "NP-SBJ-1", "NNP", "-NONE-"; "" for an unlabelled root
	Word     string // the word of a preterminal, as written ("-LRB-" stays)
	Children []*Tree
}

// IsPreterminal reports whether t is a tag over a word.
func (t *Tree) IsPreterminal() bool { return len(t.Children) == 0 }

// Cat returns the syntactic category of t's label: the label without
// function tags and indices ("NP-SBJ-1" → "NP", "NP=2" → "NP"). Labels that
// begin with a hyphen ("-NONE-", "-LRB-") are returned whole.
func (t *Tree) Cat() string { return category(t.Label) }

// FuncTags returns the function tags of t's label, without indices:
// "NP-SBJ-1" → [SBJ], "PP-LOC-CLR" → [LOC CLR].
func (t *Tree) FuncTags() []string { return funcTags(t.Label) }

// Leaves returns t's preterminals in order.
func (t *Tree) Leaves() []*Tree {
	var out []*Tree
	var walk func(*Tree)
	walk = func(n *Tree) {
		if n == nil {
			return
		}
		if n.IsPreterminal() {
			out = append(out, n)
			return
		}
		for _, c := range n.Children {
			walk(c)
		}
	}
	walk(t)
	return out
}

// String returns t in bracketed form on one line.
func (t *Tree) String() string {
	var b strings.Builder
	t.write(&b)
	return b.String()
}

func (t *Tree) write(b *strings.Builder) {
	if t == nil {
		b.WriteString("()")
		return
	}
	b.WriteByte('(')
	b.WriteString(t.Label)
	if t.IsPreterminal() {
		b.WriteByte(' ')
		b.WriteString(t.Word)
	}
	for _, c := range t.Children {
		b.WriteByte(' ')
		c.write(b)
	}
	b.WriteByte(')')
}

// category strips function tags and indices from a label.
func category(label string) string {
	if strings.HasPrefix(label, "-") {
		return label
	}
	if i := strings.IndexAny(label, "-="); i > 0 {
		return label[:i]
	}
	return label
}

// funcTags returns the function tags of a label, dropping numeric indices.
func funcTags(label string) []string {
	cat := category(label)
	if cat == label {
		return nil
	}
	var out []string
	for _, f := range strings.FieldsFunc(label[len(cat):], func(r rune) bool { return r == '-' || r == '=' }) {
		if strings.Trim(f, "0123456789") != "" {
			out = append(out, f)
		}
	}
	return out
}
