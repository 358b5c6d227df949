package lexicon

import (
	"fmt"
	"strings"
)

// Transform is a verb-verb transformation line of a verb dictionary:
//
//	~ a (a b ATTACK) SAY = a b 015
//
// read as "when a says that a attacks b, code a b 015". The left side is a
// postfix chain of clauses, outermost first: each has a subject variable
// and a verb, and the innermost clause also has an object. Variables are
// letters; "." stands for an unspecified actor and "_" for an absent one;
// the verb "Q" stands for any verb. The right side gives the source, the
// target and the code, which may be "Q" for the lower verb's code.
type Transform struct {
	Subjects []string // subject variable of each clause, outermost first
	Verbs    []string // verb of each clause, outermost first: "SAY", "ATTACK", "WILL_ATTACK", "Q"
	Object   string   // object variable of the innermost clause
	Source   string
	Target   string
	Code     Code
	Pos      Pos
}

// String renders the transformation in dictionary syntax.
func (t *Transform) String() string {
	var b strings.Builder
	b.WriteString("~")
	for _, s := range t.Subjects {
		b.WriteString(" ")
		if b.Len() > 2 {
			b.WriteString("(")
		}
		b.WriteString(s)
	}
	b.WriteString(" " + t.Object)
	for i := len(t.Verbs) - 1; i >= 0; i-- {
		b.WriteString(" " + t.Verbs[i])
		if i > 0 {
			b.WriteString(")")
		}
	}
	fmt.Fprintf(&b, " = %s %s %s", t.Source, t.Target, t.Code)
	return b.String()
}

// parseTransform reads a "~ ..." line. Parentheses must balance and wrap
// every clause but the outermost, as in the examples of the PETRARCH
// documentation.
func parseTransform(s string) (*Transform, error) {
	s = strings.TrimSpace(strings.TrimPrefix(s, "~"))
	lhs, rhs, ok := strings.Cut(s, "=")
	if !ok || strings.Contains(rhs, "=") {
		return nil, fmt.Errorf("transformation needs one '='")
	}
	res := strings.Fields(rhs)
	if len(res) != 3 {
		return nil, fmt.Errorf("transformation result %q: want source, target and code", strings.TrimSpace(rhs))
	}
	depth, maxd := 0, 0
	for i := 0; i < len(lhs); i++ {
		switch lhs[i] {
		case '(':
			depth++
			if depth > maxd {
				maxd = depth
			}
		case ')':
			depth--
			if depth < 0 {
				return nil, fmt.Errorf("unbalanced ')' in transformation")
			}
		}
	}
	if depth != 0 {
		return nil, fmt.Errorf("unbalanced '(' in transformation")
	}
	toks := strings.Fields(strings.NewReplacer("(", " ", ")", " ").Replace(lhs))
	if len(toks) < 3 || len(toks)%2 == 0 {
		return nil, fmt.Errorf("transformation pattern %q: want subject, (clause), verb", strings.TrimSpace(lhs))
	}
	k := len(toks) / 2
	if maxd != k-1 {
		return nil, fmt.Errorf("transformation pattern %q: want one (...) per inner clause", strings.TrimSpace(lhs))
	}
	t := &Transform{
		Subjects: toks[:k],
		Object:   toks[k],
		Source:   res[0],
		Target:   res[1],
		Code:     Code(res[2]),
	}
	for i := len(toks) - 1; i > k; i-- {
		t.Verbs = append(t.Verbs, upper(toks[i]))
	}
	return t, nil
}
