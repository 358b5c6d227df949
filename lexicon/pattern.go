package lexicon

import (
	"fmt"
	"strings"
)

// Pattern is one "- ... [code]" line of a verb family: a sequence of
// elements around the verb, the code the match yields, and where it came
// from.
//
// Two pattern dialects occur and both are read into the same tree:
// TABARI's, where words follow one another separated by blanks (other
// words may intervene) or underscores (the words must be adjacent), with
// source, target and compound slots ("- + KNOWN_ * IN_ $ [076]"); and
// PETRARCH 2's, which groups a noun phrase in "{...}" (the head last) and a
// prepositional phrase in "(...)" (the preposition first):
// "- * (FOR {FINANCIAL AID}) [0231]".
type Pattern struct {
	Elems   []Elem // the whole pattern, the verb (ElemVerb) included
	Verb    int    // index of the ElemVerb element in Elems
	Code    Code
	Comment string // the text of a trailing '#' comment, usually the verb it was written for
	Pos     Pos
}

// Pre returns the elements before the verb, Post those after it.
func (p *Pattern) Pre() []Elem  { return p.Elems[:p.Verb] }
func (p *Pattern) Post() []Elem { return p.Elems[p.Verb+1:] }

// String renders the pattern in dictionary syntax; reading the result
// gives the same tree.
func (p *Pattern) String() string {
	var b strings.Builder
	b.WriteString("- ")
	writeElems(&b, p.Elems)
	b.WriteString(" [")
	b.WriteString(string(p.Code))
	b.WriteString("]")
	return b.String()
}

// ElemKind is the kind of a pattern element.
type ElemKind uint8

const (
	_            ElemKind = iota
	ElemWord              // a literal word, upper case: Text
	ElemSynset            // "&NAME": any phrase of synset Text
	ElemVerb              // "*": the verb itself
	ElemSource            // "$": the source actor
	ElemTarget            // "+": the target actor
	ElemCompound          // "%": a compound actor, source and target both (TABARI)
	ElemSkip              // "^": skip one noun phrase or actor (TABARI)
	ElemNoun              // "{...}": a noun phrase, head last: Sub
	ElemPrep              // "(...)": a prepositional phrase, preposition first: Sub
)

func (k ElemKind) String() string {
	switch k {
	case ElemWord:
		return "word"
	case ElemSynset:
		return "synset"
	case ElemVerb:
		return "verb"
	case ElemSource:
		return "source"
	case ElemTarget:
		return "target"
	case ElemCompound:
		return "compound"
	case ElemSkip:
		return "skip"
	case ElemNoun:
		return "noun"
	case ElemPrep:
		return "prep"
	}
	return fmt.Sprintf("ElemKind(%d)", uint8(k))
}

// Elem is a node of a pattern's syntax tree.
type Elem struct {
	Kind ElemKind
	Text string // the word (ElemWord) or the synset name without '&' (ElemSynset)
	// Joined is true when the element was attached to the previous one
	// with '_': the two must be adjacent. Otherwise they were separated
	// by blanks and, in TABARI's reading, other words may come between.
	Joined bool
	Sub    []Elem // children of ElemNoun and ElemPrep
}

// Head returns the head of a noun phrase (its last element) or the
// preposition of a prepositional phrase (its first); for other kinds, e
// itself.
func (e *Elem) Head() *Elem {
	switch {
	case e.Kind == ElemNoun && len(e.Sub) > 0:
		return &e.Sub[len(e.Sub)-1]
	case e.Kind == ElemPrep && len(e.Sub) > 0:
		return &e.Sub[0]
	}
	return e
}

// String renders the element in dictionary syntax.
func (e Elem) String() string {
	var b strings.Builder
	writeElem(&b, e)
	return b.String()
}

// symbol returns the one-character symbol of a slot element.
func symbol(k ElemKind) string {
	switch k {
	case ElemVerb:
		return "*"
	case ElemSource:
		return "$"
	case ElemTarget:
		return "+"
	case ElemCompound:
		return "%"
	case ElemSkip:
		return "^"
	}
	return "?"
}

func writeElems(b *strings.Builder, es []Elem) {
	for i, e := range es {
		if i > 0 {
			if e.Joined {
				b.WriteByte('_')
			} else {
				b.WriteByte(' ')
			}
		}
		writeElem(b, e)
	}
}

func writeElem(b *strings.Builder, e Elem) {
	switch e.Kind {
	case ElemWord:
		b.WriteString(e.Text)
	case ElemSynset:
		b.WriteByte('&')
		b.WriteString(e.Text)
	case ElemNoun:
		b.WriteByte('{')
		writeElems(b, e.Sub)
		b.WriteByte('}')
	case ElemPrep:
		b.WriteByte('(')
		writeElems(b, e.Sub)
		b.WriteByte(')')
	default:
		b.WriteString(symbol(e.Kind))
	}
}

// undefinedSynsetError reports a reference to a synset that is not (yet)
// defined.
type undefinedSynsetError string

func (e undefinedSynsetError) Error() string { return "undefined synset &" + string(e) }

func fragment(es []Elem, closer byte) string {
	var b strings.Builder
	writeElems(&b, es)
	b.WriteByte(closer)
	return strings.TrimSpace(b.String())
}

// maxDepth bounds the nesting of {...} and (...) groups.
const maxDepth = 8

// patternDelims end a word in a pattern.
const patternDelims = " \t_(){}*$+%^,[]"

// parsePattern reads the body of a pattern line (between "-" and the code)
// into elements. synset reports whether a synset name is defined. warn
// receives quirks that are accepted.
//
// Separators: blanks (and commas) separate elements; '_' joins them; an
// underscore next to a blank counts as a blank, TABARI's "XXX_ " open
// match that PETRARCH also reads as a blank. Elements written against each
// other with no separator ("*SCEPTICAL" in CAMEO.2.0.txt) count as
// separated by a blank. A '&' starts a synset reference only at the start
// of an element; the name is the longest defined name made of the
// '_'-separated pieces that follow, so "&FIGHT_OF_WORDS" names one synset
// while "&FIGHT_GAMES" is &FIGHT joined to GAMES and "&TIETYPES_MEMOS" is
// &TIETYPES joined to MEMOS. An undefined synset gives an
// undefinedSynsetError. A ')' or '}' that closes nothing ends a fragment
// whose opening is missing: the words and slots before it, back to the
// verb or the previous group, are dropped with a warning. CAMEO.2.0.txt
// has two such copy slips in its code column: "- STRONGLY * ATTACK (ON ^)
// ^)[111]" and "- * VENTURE (WITH VISIT)   VISIT)[042:043]".
func parsePattern(s string, synset func(string) bool, warn func(string)) (elems []Elem, verb int, err error) {
	type frame struct {
		kind   ElemKind
		joined bool
		elems  []Elem
	}
	stack := []frame{{}}
	const (
		sepNone = iota
		sepGap
		sepJoin
	)
	sep := sepNone
	verb = -1
	emit := func(e Elem) {
		top := &stack[len(stack)-1]
		e.Joined = sep == sepJoin && len(top.elems) > 0
		top.elems = append(top.elems, e)
		sep = sepNone
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isSpace(c) || c == ',':
			sep = sepGap
			i++
		case c == '_':
			if sep != sepGap {
				sep = sepJoin
			}
			i++
		case c == '(' || c == '{':
			if len(stack) > maxDepth {
				return nil, 0, fmt.Errorf("groups nested deeper than %d", maxDepth)
			}
			k := ElemPrep
			if c == '{' {
				k = ElemNoun
			}
			stack = append(stack, frame{kind: k, joined: sep == sepJoin})
			sep = sepNone
			i++
		case c == ')' || c == '}':
			k := ElemPrep
			if c == '}' {
				k = ElemNoun
			}
			top := stack[len(stack)-1]
			switch {
			case len(stack) == 1:
				// A fragment "X)" whose '(' is missing: drop it.
				es := stack[0].elems
				k := len(es)
				for k > 0 && es[k-1].Kind != ElemVerb && es[k-1].Kind != ElemNoun && es[k-1].Kind != ElemPrep {
					k--
				}
				warn(fmt.Sprintf("unmatched %q: fragment %q dropped", c, fragment(es[k:], c)))
				stack[0].elems = es[:k]
			case top.kind != k:
				return nil, 0, fmt.Errorf("%q closes a %s group", c, top.kind)
			case len(top.elems) == 0:
				return nil, 0, fmt.Errorf("empty %s group", top.kind)
			default:
				stack = stack[:len(stack)-1]
				sep = sepNone
				if top.joined {
					sep = sepJoin
				}
				emit(Elem{Kind: k, Sub: top.elems})
			}
			sep = sepNone
			i++
		case c == '[' || c == ']':
			return nil, 0, fmt.Errorf("unexpected %q in pattern", c)
		case c == '*':
			if len(stack) > 1 {
				return nil, 0, fmt.Errorf("verb marker * inside a group")
			}
			if verb >= 0 {
				return nil, 0, fmt.Errorf("more than one verb marker *")
			}
			verb = len(stack[0].elems)
			emit(Elem{Kind: ElemVerb})
			i++
		case c == '$' || c == '+' || c == '%' || c == '^':
			emit(Elem{Kind: slotKind(c)})
			i++
		case c == '&':
			j := i + 1
			for j < len(s) && !strings.ContainsRune(" \t(){}*$+%^,[]&", rune(s[j])) {
				j++
			}
			name, n := resolveSynset(s[i+1:j], synset)
			if n == 0 {
				return nil, 0, undefinedSynsetError(upper(strings.TrimRight(s[i+1:j], "_")))
			}
			emit(Elem{Kind: ElemSynset, Text: name})
			i += 1 + n
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(patternDelims, rune(s[j])) {
				j++
			}
			emit(Elem{Kind: ElemWord, Text: upper(s[i:j])})
			i = j
		}
	}
	if len(stack) > 1 {
		return nil, 0, fmt.Errorf("unclosed %s group", stack[len(stack)-1].kind)
	}
	if verb < 0 {
		return nil, 0, fmt.Errorf("pattern has no verb marker *")
	}
	return stack[0].elems, verb, nil
}

func slotKind(c byte) ElemKind {
	switch c {
	case '$':
		return ElemSource
	case '+':
		return ElemTarget
	case '%':
		return ElemCompound
	}
	return ElemSkip
}

// resolveSynset finds the longest defined synset name among the
// '_'-separated prefixes of run. It returns the name and how many bytes of
// run it used, or n == 0 when no prefix is defined.
func resolveSynset(run string, synset func(string) bool) (name string, n int) {
	for end := len(run); end > 0; {
		cand := upper(strings.TrimRight(run[:end], "_"))
		if cand != "" && synset(cand) {
			return cand, end
		}
		end = strings.LastIndexByte(run[:end], '_')
	}
	return "", 0
}
