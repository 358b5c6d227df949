package lexicon

import "sort"

// Verbs is a verb dictionary: synonym sets, verb families with their
// patterns, and verb-verb transformations.
type Verbs struct {
	Families   []*VerbFamily
	Synsets    map[string]*Synset // by name, without '&' and trailing '_'
	Transforms []*Transform
	// Warnings lists lines that were accepted the way PETRARCH accepts
	// them but that are probably mistakes in the dictionary.
	Warnings ErrorList

	forms map[string][]FormRef // verb word of every form → its verbs
}

// VerbFamily is a "--- NAME [code] ---" block: verbs that share patterns.
type VerbFamily struct {
	Name string // as written in the header: "ACCELERATE", "EXPLAIN_VERBAL", "LASH OUT"
	// Code is the header's code, the code of the block's verbs that have
	// none of their own; Null ("---") when the header has none.
	Code Code
	// ExtraCodes holds any further bracketed codes of the header
	// (PETR.Validate.verbs.txt: "--- DELAY [120]  [031:031]  ---"),
	// which PETRARCH ignores.
	ExtraCodes []Code
	Verbs      []*Verb
	Patterns   []*Pattern
	Pos        Pos
}

// Verb is one verb line of a family with all its forms.
//
// A single-word verb is entered as "ASK", "BRING {BRINGS BRINGING BROUGHT}"
// or "GRILL [110]". A multi-word verb joins its words with '_' and marks
// the word the parser will tag as the verb with '+': "+BEEF_UP",
// "WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED WIRE_+TAPPING}". Without "{...}"
// the regular forms of the marked word are generated (see Inflection);
// with "{...}" exactly the forms listed are used, "{}" meaning none.
type Verb struct {
	Family *VerbFamily
	// Forms holds the base form first, then the irregular forms as
	// listed or the generated regular forms.
	Forms []VerbForm
	// Code is the verb's own code when HasCode is set, else the family's.
	Code      Code
	HasCode   bool
	Irregular bool // forms were given in "{...}"
	Pos       Pos
}

// VerbForm is one form of a verb: the verb word with the words written
// before and after it in a multi-word verb.
type VerbForm struct {
	Word      string   // upper case, the word the parser tags as the verb
	Before    []string // "WIRE" in WIRE_+TAP
	After     []string // "OFF" in +CORDON_OFF
	Generated bool     // a regular form made by the reader
}

// Multiword reports whether the form has words besides the verb.
func (f VerbForm) Multiword() bool { return len(f.Before)+len(f.After) > 0 }

// Base returns the verb's base form, Forms[0].
func (v *Verb) Base() VerbForm { return v.Forms[0] }

// FormRef names one form of one verb.
type FormRef struct {
	Verb *Verb
	Form int // index into Verb.Forms
}

// Synset is a synonym set "&NAME" with its "+member" lines.
type Synset struct {
	Name string // without '&' and without the trailing '_'
	// NoPlural is set when the label ended in '_': no plurals were made
	// for its members.
	NoPlural bool
	Members  []SynsetMember
	Pos      Pos
}

// SynsetMember is one phrase of a synset, or a reference to another
// synset ("+&TIETYPES" in PETR.Validate.verbs.txt).
type SynsetMember struct {
	Words  []string // upper case, consecutive
	Ref    string   // name of a nested synset; Words is empty
	Plural bool     // a plural made by the reader
	Pos    Pos
}

// Lookup returns the family of a verb from any of its forms, matched
// case-insensitively: "asked", "ASKS" and "Ask" all give the ASK family.
// Single-word verbs are preferred to multi-word verbs that use the word
// ("CALL" finds the family of CALL, not that of +CALL_OFF); the first
// family that lists the form wins, as in PETRARCH. It returns nil for an
// unknown word. Use Forms to see every candidate.
func (v *Verbs) Lookup(word string) *VerbFamily {
	refs := v.forms[upper(word)]
	for _, r := range refs {
		if !r.Verb.Forms[r.Form].Multiword() {
			return r.Verb.Family
		}
	}
	if len(refs) > 0 {
		return refs[0].Verb.Family
	}
	return nil
}

// Forms returns every verb form whose verb word is word
// (case-insensitive): multi-word forms first, the ones with more words
// first, so that a coder can try "+CORDON_OFF" before "CORDON"; then in
// dictionary order. The slice must not be modified.
func (v *Verbs) Forms(word string) []FormRef {
	return v.forms[upper(word)]
}

// Synset returns the synset with the given name (with or without '&').
func (v *Verbs) Synset(name string) *Synset {
	if len(name) > 0 && name[0] == '&' {
		name = name[1:]
	}
	return v.Synsets[upper(name)]
}

// Expand returns the phrases of a synset, those of nested synsets
// included, in order. It returns nil for an unknown synset; a synset that
// includes itself is expanded once.
func (v *Verbs) Expand(name string) [][]string {
	var out [][]string
	seen := map[string]bool{}
	var walk func(s *Synset)
	walk = func(s *Synset) {
		if s == nil || seen[s.Name] {
			return
		}
		seen[s.Name] = true
		for _, m := range s.Members {
			if m.Ref != "" {
				walk(v.Synsets[m.Ref])
				continue
			}
			out = append(out, m.Words)
		}
	}
	walk(v.Synset(name))
	return out
}

// Merge appends the families, synsets and transformations of o to v and
// rebuilds the form index. A synset of o replaces one of v with the same
// name. o must not be used afterwards.
func (v *Verbs) Merge(o *Verbs) {
	if len(v.Families) == 0 && len(v.Synsets) == 0 && len(v.Transforms) == 0 && len(v.Warnings) == 0 {
		*v = *o
		return
	}
	v.Families = append(v.Families, o.Families...)
	if v.Synsets == nil {
		v.Synsets = make(map[string]*Synset)
	}
	for k, s := range o.Synsets {
		v.Synsets[k] = s
	}
	v.Transforms = append(v.Transforms, o.Transforms...)
	v.Warnings = append(v.Warnings, o.Warnings...)
	v.buildIndex()
}

// buildIndex indexes every form of every verb by its verb word.
func (v *Verbs) buildIndex() {
	v.forms = make(map[string][]FormRef)
	for _, f := range v.Families {
		for _, vb := range f.Verbs {
			for i, fm := range vb.Forms {
				refs := v.forms[fm.Word]
				dup := false
				for _, r := range refs {
					if r.Verb == vb && sameForm(r.Verb.Forms[r.Form], fm) {
						dup = true
						break
					}
				}
				if !dup {
					v.forms[fm.Word] = append(refs, FormRef{Verb: vb, Form: i})
				}
			}
		}
	}
	for _, refs := range v.forms {
		sort.SliceStable(refs, func(i, j int) bool {
			a := refs[i].Verb.Forms[refs[i].Form]
			b := refs[j].Verb.Forms[refs[j].Form]
			return len(a.Before)+len(a.After) > len(b.Before)+len(b.After)
		})
	}
}

func sameForm(a, b VerbForm) bool {
	return a.Word == b.Word && equalWords(a.Before, b.Before) && equalWords(a.After, b.After)
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// VerbStats summarises a verb dictionary; Words counts the distinct verb
// words indexed.
type VerbStats struct {
	Families, Verbs, Words, Patterns, Synsets, SynsetMembers, Transforms int
}

// Stats counts the entries of the dictionary.
func (v *Verbs) Stats() VerbStats {
	s := VerbStats{Families: len(v.Families), Synsets: len(v.Synsets), Transforms: len(v.Transforms), Words: len(v.forms)}
	for _, f := range v.Families {
		s.Verbs += len(f.Verbs)
		s.Patterns += len(f.Patterns)
	}
	for _, syn := range v.Synsets {
		s.SynsetMembers += len(syn.Members)
	}
	return s
}
