package ptb

import (
	"fmt"
	"strings"
)

// MaxDepth is the deepest nesting ParseTree accepts.
const MaxDepth = 500

// SyntaxError reports a malformed bracketed tree.
type SyntaxError struct {
	Offset int // byte offset into the input
	Msg    string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("ptb: offset %d: %s", e.Offset, e.Msg)
}

// ParseTree reads one bracketed tree. See the package comment for what is
// accepted.
func ParseTree(s string) (*Tree, error) {
	p := parser{src: s}
	return p.tree()
}

// parser reads s with an explicit stack, so deep input cannot exhaust the
// goroutine stack.
type parser struct {
	src string
	pos int
}

// token kinds
const (
	tokEOF = iota
	tokOpen
	tokClose
	tokAtom
)

// next returns the next token, its text (for atoms) and its offset.
func (p *parser) next() (kind int, text string, off int) {
	for p.pos < len(p.src) && isSpace(p.src[p.pos]) {
		p.pos++
	}
	off = p.pos
	if p.pos == len(p.src) {
		return tokEOF, "", off
	}
	switch p.src[p.pos] {
	case '(':
		p.pos++
		return tokOpen, "", off
	case ')':
		p.pos++
		return tokClose, "", off
	}
	for p.pos < len(p.src) && !isSpace(p.src[p.pos]) && p.src[p.pos] != '(' && p.src[p.pos] != ')' {
		p.pos++
	}
	return tokAtom, p.src[off:p.pos], off
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func (p *parser) errorf(off int, format string, args ...any) error {
	return &SyntaxError{Offset: off, Msg: fmt.Sprintf(format, args...)}
}

func (p *parser) tree() (*Tree, error) {
	type open struct {
		t   *Tree
		off int
	}
	var stack []open
	var root *Tree
	for {
		kind, text, off := p.next()
		switch kind {
		case tokEOF:
			if len(stack) > 0 {
				return nil, p.errorf(off, "unbalanced brackets: %d not closed (from offset %d)", len(stack), stack[len(stack)-1].off)
			}
			if root == nil {
				if strings.TrimSpace(p.src) == "" {
					return nil, p.errorf(off, "empty input")
				}
				return nil, p.errorf(off, "no bracketed tree")
			}
			return root, nil
		case tokOpen:
			if root != nil {
				return nil, p.errorf(off, "text after the tree")
			}
			if len(stack) >= MaxDepth {
				return nil, p.errorf(off, "nesting deeper than %d", MaxDepth)
			}
			t := &Tree{}
			if len(stack) > 0 {
				parent := stack[len(stack)-1].t
				if parent.Word != "" {
					return nil, p.errorf(off, "constituent beside the word %q under %q", parent.Word, parent.Label)
				}
				parent.Children = append(parent.Children, t)
			}
			// The label, if any, follows the bracket.
			save := p.pos
			if k, label, _ := p.next(); k == tokAtom {
				t.Label = label
			} else {
				p.pos = save
			}
			stack = append(stack, open{t, off})
		case tokClose:
			if len(stack) == 0 {
				return nil, p.errorf(off, "unbalanced brackets: ')' without '('")
			}
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			t := top.t
			switch {
			case t.Word == "" && len(t.Children) == 0:
				return nil, p.errorf(top.off, "empty constituent %q", t.Label)
			case t.Word != "" && t.Label == "":
				return nil, p.errorf(top.off, "word %q without a tag", t.Word)
			}
			if len(stack) == 0 {
				root = t
			}
		case tokAtom:
			if len(stack) == 0 {
				if root != nil {
					return nil, p.errorf(off, "text after the tree: %q", text)
				}
				return nil, p.errorf(off, "word %q outside brackets", text)
			}
			t := stack[len(stack)-1].t
			switch {
			case len(t.Children) > 0:
				return nil, p.errorf(off, "word %q beside constituents under %q", text, t.Label)
			case t.Word != "":
				return nil, p.errorf(off, "second word %q under %q (after %q)", text, t.Label, t.Word)
			}
			t.Word = text
		}
	}
}
