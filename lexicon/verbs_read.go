package lexicon

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// ReadVerbs reads a verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt)
// with PETRARCH inflection; see Options.ReadVerbs.
func ReadVerbs(r io.Reader, name string) (*Verbs, error) {
	return Options{}.ReadVerbs(r, name)
}

// ReadVerbs reads a verb dictionary. The file is a sequence of:
//
//	&NAME            a synset label; "+phrase" lines follow ("&NAME_": no plurals)
//	--- NAME [code] ---   a verb family header
//	VERB {forms} [code]   a verb of the current family
//	- pattern [code]      a pattern of the current family (see Pattern)
//	~ transformation      see Transform
//
// with the comments described for the package. A synset must be defined
// before a pattern uses it. The error, if not nil, is an ErrorList or an
// I/O error; the returned Verbs holds every line that could be read.
//
// Quirks, accepted as PETRARCH does (the ones that are probably mistakes
// are also listed in Verbs.Warnings):
//   - header codes may be glued to the dashes ("[110]---") and the closing
//     dashes may be missing ("--- TROUBLED  [---] # NOUN ---"); a second
//     header code is kept in ExtraCodes;
//   - a verb line of blank-separated words with no '+' ("LASH OUT",
//     "RULE OUT") is a multi-word verb whose first word is the verb;
//   - irregular forms may be separated by commas ("{+WAS_DETERMINED ,
//     +BE_DETERMINED}") and codes glued to the braces ("...}[090]",
//     "RECONVENE[---]");
//   - a pattern's code is its last "[...]" group, so "[###]" (TABARI's
//     discard code) is read as the code "###";
//   - synset members may be blank-separated phrases ("+AUSTRIAN FLORIN")
//     as well as '_'-joined ones;
//   - a pattern that uses an undefined synset is skipped, as the format
//     documentation says (CAMEO.2.0.txt uses &WEATHER and &DEMONSTRATION,
//     which it never defines); so is a synset member naming one;
//   - a fragment "X)" left in a pattern's code column is dropped (see
//     parsePattern).
//
// Unlike PETRARCH 2, patterns after an XML comment are kept (PETRARCH 2
// stops recording patterns once it has seen a "<!" line, which drops every
// pattern of PETR.Validate.verbs.txt), and '+' lines after a family header
// are verbs, not synset members.
func (o Options) ReadVerbs(r io.Reader, name string) (*Verbs, error) {
	v := &Verbs{Synsets: make(map[string]*Synset)}
	src, err := readAll(r, name)
	if err != nil {
		v.buildIndex()
		return v, err
	}
	var errs ErrorList
	p := verbParser{o: o, v: v, name: name, errs: &errs}
	sc := newLineScanner(src, true)
	for {
		ln, ok := sc.next()
		if !ok {
			break
		}
		p.line(ln)
	}
	v.buildIndex()
	errs.Sort()
	v.Warnings.Sort()
	return v, errs.Err()
}

type verbParser struct {
	o      Options
	v      *Verbs
	name   string
	errs   *ErrorList
	family *VerbFamily
	synset *Synset // the synset whose "+" lines are being read
}

func (p *verbParser) pos(n int) Pos { return Pos{File: p.name, Line: n} }

func (p *verbParser) line(ln line) {
	t := strings.TrimSpace(ln.text)
	pos := p.pos(ln.num)
	if t[0] == '+' && p.synset != nil {
		p.member(t[1:], pos)
		return
	}
	p.synset = nil
	switch {
	case strings.HasPrefix(t, "---"):
		p.header(t, pos)
	case t[0] == '-':
		p.pattern(t[1:], ln.comment, pos)
	case t[0] == '&':
		p.synsetLabel(t[1:], pos)
	case t[0] == '~':
		tr, err := parseTransform(t)
		if err != nil {
			p.errs.Add(pos, err.Error())
			return
		}
		tr.Pos = pos
		p.v.Transforms = append(p.v.Transforms, tr)
	default:
		p.verb(t, pos)
	}
}

func (p *verbParser) header(t string, pos Pos) {
	body := strings.TrimLeft(t, "-")
	name, rest := body, ""
	if i := strings.IndexByte(body, '['); i >= 0 {
		name, rest = body[:i], body[i:]
	}
	name = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(name), "-"))
	if name == "" {
		p.errs.Add(pos, "verb family header has no name")
		p.family = nil
		return
	}
	groups, tail, _, ok := bracketGroups(rest, false)
	if !ok {
		p.errs.Add(pos, "unclosed '[' in verb family header")
		p.family = nil
		return
	}
	if strings.Trim(tail, "- \t") != "" {
		p.errs.Addf(pos, "unexpected %q in verb family header", strings.TrimSpace(tail))
		p.family = nil
		return
	}
	f := &VerbFamily{Name: name, Code: Null, Pos: pos}
	for i, g := range groups {
		if g == "" {
			p.errs.Add(pos, "empty code [] in verb family header")
			p.family = nil
			return
		}
		if i == 0 {
			f.Code = Code(g)
		} else {
			f.ExtraCodes = append(f.ExtraCodes, Code(g))
		}
	}
	if len(f.ExtraCodes) > 0 {
		p.v.Warnings.Addf(pos, "verb family %s has more than one code; using [%s]", name, f.Code)
	}
	p.family = f
	p.v.Families = append(p.v.Families, f)
}

func (p *verbParser) synsetLabel(t string, pos Pos) {
	name := strings.TrimSpace(t)
	if name == "" || strings.ContainsAny(name, " \t&[]{}()*$+%^") {
		p.errs.Addf(pos, "invalid synset label &%s", name)
		return
	}
	s := &Synset{Pos: pos}
	if strings.HasSuffix(name, "_") {
		s.NoPlural = true
		name = strings.TrimRight(name, "_")
	}
	s.Name = upper(name)
	if s.Name == "" {
		p.errs.Addf(pos, "invalid synset label &%s", t)
		return
	}
	if old := p.v.Synsets[s.Name]; old != nil {
		p.v.Warnings.Addf(pos, "synset &%s redefined (first defined at %s)", s.Name, old.Pos)
	}
	p.v.Synsets[s.Name] = s
	p.synset = s
}

// member reads a "+phrase" line of the current synset. The trailing '_'
// of a phrase (or of the label) suppresses its plural; a multi-word phrase
// is pluralised on its last word.
func (p *verbParser) member(t string, pos Pos) {
	s := p.synset
	t = strings.TrimSpace(t)
	if strings.HasPrefix(t, "&") {
		ref := upper(strings.TrimRight(t[1:], "_"))
		if p.v.Synsets[ref] == nil {
			p.v.Warnings.Addf(pos, "member skipped: undefined synset &%s in synset &%s", ref, s.Name)
			return
		}
		s.Members = append(s.Members, SynsetMember{Ref: ref, Pos: pos})
		return
	}
	if strings.ContainsAny(t, "&[]{}()*$+%^") {
		p.errs.Addf(pos, "synset member %q may only contain words", t)
		return
	}
	words := phraseWords(t)
	if len(words) == 0 {
		p.errs.Addf(pos, "empty member of synset &%s", s.Name)
		return
	}
	s.Members = append(s.Members, SynsetMember{Words: words, Pos: pos})
	if s.NoPlural || strings.HasSuffix(t, "_") {
		return
	}
	for _, pl := range pluralPhrases(words, p.o.Inflection) {
		s.Members = append(s.Members, SynsetMember{Words: pl, Plural: true, Pos: pos})
	}
}

func (p *verbParser) pattern(t, comment string, pos Pos) {
	if p.family == nil {
		p.errs.Add(pos, "pattern outside a verb family")
		return
	}
	i := strings.LastIndexByte(t, '[')
	if i < 0 {
		p.errs.Add(pos, "pattern has no [code]")
		return
	}
	j := strings.IndexByte(t[i:], ']')
	if j < 0 {
		p.errs.Add(pos, "unclosed '[' in pattern code")
		return
	}
	code := strings.TrimSpace(t[i+1 : i+j])
	if code == "" {
		p.errs.Add(pos, "empty pattern code []")
		return
	}
	if rest := strings.TrimSpace(t[i+j+1:]); rest != "" {
		p.errs.Addf(pos, "unexpected %q after pattern code", rest)
		return
	}
	defined := func(name string) bool { return p.v.Synsets[name] != nil }
	warn := func(msg string) { p.v.Warnings.Add(pos, msg) }
	elems, verb, err := parsePattern(t[:i], defined, warn)
	var undef undefinedSynsetError
	if errors.As(err, &undef) {
		p.v.Warnings.Addf(pos, "pattern skipped: %v (a synset must be defined before it is used)", err)
		return
	}
	if err != nil {
		p.errs.Add(pos, err.Error())
		return
	}
	p.family.Patterns = append(p.family.Patterns, &Pattern{
		Elems: elems, Verb: verb, Code: Code(code), Comment: comment, Pos: pos,
	})
}

func (p *verbParser) verb(t string, pos Pos) {
	if p.family == nil {
		p.errs.Addf(pos, "verb %q outside a verb family", t)
		return
	}
	vb, err := parseVerbLine(t, p.o.Inflection)
	if err != nil {
		p.errs.Add(pos, err.Error())
		return
	}
	vb.Family = p.family
	vb.Pos = pos
	if !vb.HasCode {
		vb.Code = p.family.Code
	}
	p.family.Verbs = append(p.family.Verbs, vb)
}

// parseVerbLine reads "PRIMARY {forms} [code]" (the braces and the code
// are optional and may come in either order).
func parseVerbLine(t string, in Inflection) (*Verb, error) {
	primary, forms, code := t, "", ""
	hasBraces, hasCode := false, false
	if i := strings.IndexAny(t, "{["); i >= 0 {
		primary = t[:i]
		rest := t[i:]
		for rest = strings.TrimSpace(rest); rest != ""; rest = strings.TrimSpace(rest) {
			var closer byte = '}'
			if rest[0] == '[' {
				closer = ']'
			} else if rest[0] != '{' {
				return nil, fmt.Errorf("unexpected %q in verb line", rest)
			}
			j := strings.IndexByte(rest, closer)
			if j < 0 {
				return nil, fmt.Errorf("unclosed %q in verb line", rest[0])
			}
			body := rest[1:j]
			if closer == '}' {
				if hasBraces {
					return nil, fmt.Errorf("more than one {...} in verb line")
				}
				hasBraces, forms = true, body
			} else {
				if hasCode {
					return nil, fmt.Errorf("more than one [code] in verb line")
				}
				hasCode, code = true, strings.TrimSpace(body)
				if code == "" {
					return nil, fmt.Errorf("empty verb code []")
				}
			}
			rest = rest[j+1:]
		}
	}
	base, err := parseVerbForm(strings.TrimSpace(primary))
	if err != nil {
		return nil, err
	}
	v := &Verb{Forms: []VerbForm{base}, Code: Code(code), HasCode: hasCode, Irregular: hasBraces}
	if hasBraces {
		for _, f := range strings.FieldsFunc(forms, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
			vf, err := parseVerbForm(f)
			if err != nil {
				return nil, err
			}
			if base.Multiword() && !vf.Multiword() {
				return nil, fmt.Errorf("form %q of multi-word verb needs its other words and a '+'", f)
			}
			v.Forms = append(v.Forms, vf)
		}
		return v, nil
	}
	for _, w := range verbForms(base.Word, in) {
		v.Forms = append(v.Forms, VerbForm{Word: w, Before: base.Before, After: base.After, Generated: true})
	}
	return v, nil
}

// parseVerbForm reads one verb phrase: "ASK", "+CORDON_OFF", "WIRE_+TAP",
// or the blank-separated "LASH OUT" (first word is the verb).
func parseVerbForm(s string) (VerbForm, error) {
	if s == "" {
		return VerbForm{}, fmt.Errorf("missing verb")
	}
	if strings.ContainsAny(s, "&*$%^(){}[]") {
		return VerbForm{}, fmt.Errorf("invalid verb %q", s)
	}
	if !strings.Contains(s, "+") {
		if strings.Contains(s, "_") {
			return VerbForm{}, fmt.Errorf("multi-word verb %q needs '+' before the verb word", s)
		}
		w := phraseWords(s)
		f := VerbForm{Word: w[0]}
		if len(w) > 1 {
			f.After = w[1:]
		}
		return f, nil
	}
	var f VerbForm
	found := false
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' || r == '\t' }) {
		switch {
		case strings.HasPrefix(part, "+"):
			if found || len(part) == 1 || strings.Contains(part[1:], "+") {
				return VerbForm{}, fmt.Errorf("multi-word verb %q needs exactly one '+word'", s)
			}
			found, f.Word = true, upper(part[1:])
		case strings.Contains(part, "+"):
			return VerbForm{}, fmt.Errorf("misplaced '+' in verb %q", s)
		case found:
			f.After = append(f.After, upper(part))
		default:
			f.Before = append(f.Before, upper(part))
		}
	}
	if !found {
		return VerbForm{}, fmt.Errorf("multi-word verb %q needs '+' before the verb word", s)
	}
	return f, nil
}
