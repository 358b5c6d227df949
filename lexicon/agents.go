package lexicon

import (
	"fmt"
	"io"
	"strings"
)

// Agents is an agent dictionary: generic role nouns ("PRESIDENT",
// "HUMAN_RIGHTS_BODY") whose codes combine with an actor code.
type Agents struct {
	Entries []*Agent
	// Markers holds the substitution sets, "!PERSON! = MAN, MEN, ..."
	// stored as "PERSON" → [MAN MEN ...].
	Markers  map[string][]string
	Warnings ErrorList
	index    phraseIndex
	names    []nameRef
}

// Agent is one line of an agent dictionary.
type Agent struct {
	// Names holds the phrase (or, for a line with a substitution marker,
	// every substitution of it) and then its plurals (Name.Plural).
	Names []Name
	Code  AgentCode
	Pos   Pos
}

// Match finds the longest agent name, singular or plural, that words start
// with (case-insensitive) and returns its entry and length in words; n is
// 0 when none matches. The later of two entries with the same name wins,
// as in PETRARCH 2.
func (a *Agents) Match(words []string) (entry *Agent, n int) {
	id, n := a.index.match(words)
	if n == 0 {
		return nil, 0
	}
	return a.Entries[a.names[id].entry], n
}

// Merge appends the entries and markers of o to a. o must not be used
// afterwards.
func (a *Agents) Merge(o *Agents) {
	if len(a.Entries) == 0 && len(a.Markers) == 0 {
		*a = *o
		return
	}
	base := int32(len(a.Entries))
	a.Entries = append(a.Entries, o.Entries...)
	a.Warnings = append(a.Warnings, o.Warnings...)
	if a.Markers == nil {
		a.Markers = make(map[string][]string)
	}
	for k, v := range o.Markers {
		a.Markers[k] = v
	}
	for i, e := range o.Entries {
		a.addNames(base+int32(i), e)
	}
	a.index.finish(true)
}

func (a *Agents) addNames(entry int32, e *Agent) {
	for j, nm := range e.Names {
		a.index.add(nm.Words, int32(len(a.names)))
		a.names = append(a.names, nameRef{entry: entry, name: int32(j)})
	}
}

// AgentStats summarises an agent dictionary.
type AgentStats struct {
	Entries, Names, Before, Markers int
}

// Stats counts entries, names (plurals and substitutions included),
// entries whose code goes before the actor code, and substitution sets.
func (a *Agents) Stats() AgentStats {
	s := AgentStats{Entries: len(a.Entries), Names: len(a.names), Markers: len(a.Markers)}
	for _, e := range a.Entries {
		if e.Code.Before {
			s.Before++
		}
	}
	return s
}

// ReadAgents reads an agent dictionary; see Options.ReadAgents.
func ReadAgents(r io.Reader, name string) (*Agents, error) {
	return Options{}.ReadAgents(r, name)
}

// maxSubstitutions bounds the names one agent line may expand into.
const maxSubstitutions = 4096

// ReadAgents reads an agent dictionary, lines of the form
//
//	PHRASE {optional plural} [~CODE]
//	!MARKER! = ITEM, ITEM, ...
//
// The code is "~CODE" (appended after the actor code) or "CODE~" (put
// before it). Without "{...}" the regular plural of the phrase's last
// word is added (see Inflection); "{}" means no plural; "{PLURAL}" gives
// it. A phrase containing "!MARKER!" stands for one phrase per item of the
// marker's set, with no plurals. The error, if not nil, is an ErrorList or
// an I/O error; the returned Agents holds every line that could be read.
//
// Quirks, accepted as PETRARCH does and listed in Warnings:
//   - a line without a code is skipped (Phoenix.agents.txt:
//     "ISLAMIC_EXTREMIST");
//   - a code closed by '}' instead of ']' ("[~ENV}", also in the
//     documentation) is read as if closed by ']';
//   - every marker of a phrase is substituted, so the line
//     "!MINIST! FOR_PUBLIC_SERVICE_AND_AD!MINIST!RATIVE_REFORM" gives 16
//     names (PETRARCH substitutes only the first marker and keeps the
//     second as written; neither matches real text);
//   - a trailing '_' is dropped before the plural is made ("MINISTRY_"
//     gives MINISTRIES).
//
// Blanks inside the brackets ("[  NGO~]") are ignored. Blanks and
// underscores both separate words, and Match requires the words to be
// consecutive, as PETRARCH 2 does (the documentation's "blank means words
// may intervene" was TABARI's reading).
func (o Options) ReadAgents(r io.Reader, name string) (*Agents, error) {
	a := &Agents{Markers: make(map[string][]string)}
	src, err := readAll(r, name)
	if err != nil {
		return a, err
	}
	var errs ErrorList
	readAgentsInto(a, src, name, o.Inflection, &errs)
	for i, e := range a.Entries {
		a.addNames(int32(i), e)
	}
	a.index.finish(true)
	errs.Sort()
	a.Warnings.Sort()
	return a, errs.Err()
}

func readAgentsInto(a *Agents, src, name string, in Inflection, errs *ErrorList) {
	sc := newLineScanner(src, true)
	for {
		ln, ok := sc.next()
		if !ok {
			return
		}
		pos := Pos{File: name, Line: ln.num}
		t := strings.TrimSpace(ln.text)
		if strings.Contains(t, "!") && strings.Contains(t, "=") {
			if err := a.defineMarker(t, pos); err != nil {
				errs.Add(pos, err.Error())
			}
			continue
		}
		e, err := a.parseAgent(t, pos, in)
		if err != nil {
			errs.Add(pos, err.Error())
			continue
		}
		if e != nil {
			a.Entries = append(a.Entries, e)
		}
	}
}

func (a *Agents) defineMarker(t string, pos Pos) error {
	i := strings.IndexByte(t, '!')
	j := strings.IndexByte(t[i+1:], '!')
	if j < 0 {
		return fmt.Errorf("substitution marker incorrectly defined")
	}
	j += i + 1
	eq := strings.IndexByte(t[j:], '=')
	if eq < 0 || strings.TrimSpace(t[j+1:j+eq]) != "" || strings.TrimSpace(t[:i]) != "" {
		return fmt.Errorf("substitution marker incorrectly defined: want !NAME! = ITEM, ITEM")
	}
	marker := upper(strings.TrimSpace(t[i+1 : j]))
	if marker == "" || strings.ContainsAny(marker, " \t") {
		return fmt.Errorf("invalid substitution marker name %q", t[i+1:j])
	}
	var items []string
	for _, it := range strings.Split(t[j+eq+1:], ",") {
		it = strings.TrimSpace(it)
		if it == "" {
			continue
		}
		if strings.ContainsAny(it, "!{}[]~") {
			return fmt.Errorf("substitution item %q may only contain words", it)
		}
		items = append(items, upper(it))
	}
	if len(items) == 0 {
		return fmt.Errorf("substitution marker !%s! has no items", marker)
	}
	if _, dup := a.Markers[marker]; dup {
		a.Warnings.Addf(pos, "substitution marker !%s! redefined", marker)
	}
	a.Markers[marker] = items
	return nil
}

// parseAgent reads an agent line; it returns nil, nil for a line that is
// skipped with a warning.
func (a *Agents) parseAgent(t string, pos Pos, in Inflection) (*Agent, error) {
	i := strings.IndexByte(t, '[')
	if i < 0 {
		a.Warnings.Addf(pos, "agent %q has no [code]; line skipped as PETRARCH does", t)
		return nil, nil
	}
	phrase := t[:i]
	groups, rest, fixed, ok := bracketGroups(t[i:], true)
	switch {
	case !ok:
		return nil, fmt.Errorf("unclosed '[' in agent code")
	case len(groups) != 1:
		return nil, fmt.Errorf("agent needs exactly one [code]")
	case strings.TrimSpace(rest) != "":
		return nil, fmt.Errorf("unexpected %q after agent code", strings.TrimSpace(rest))
	}
	if fixed {
		a.Warnings.Addf(pos, "agent code [%s} closed with '}'", groups[0])
	}
	code, ok := parseAgentCode(groups[0])
	if !ok {
		return nil, fmt.Errorf("agent code %q must start or end with '~'", groups[0])
	}
	plural, hasPlural := "", false
	if k := strings.IndexByte(phrase, '{'); k >= 0 {
		m := strings.IndexByte(phrase[k:], '}')
		if m < 0 {
			return nil, fmt.Errorf("missing '}' in agent plural")
		}
		if strings.TrimSpace(phrase[k+m+1:]) != "" {
			return nil, fmt.Errorf("unexpected %q after agent plural", strings.TrimSpace(phrase[k+m+1:]))
		}
		plural, hasPlural = strings.TrimSpace(phrase[k+1:k+m]), true
		phrase = phrase[:k]
	}
	if strings.ContainsAny(phrase, "{}]~") || strings.ContainsAny(plural, "{[]~") {
		return nil, fmt.Errorf("unexpected bracket or '~' in agent phrase")
	}
	phrase = strings.TrimSpace(phrase)
	if phrase == "" {
		return nil, fmt.Errorf("agent has no phrase")
	}
	e := &Agent{Code: code, Pos: pos}
	if strings.Contains(phrase, "!") {
		subs, err := a.substitute(phrase)
		if err != nil {
			return nil, err
		}
		for _, s := range subs {
			if nm, ok := parseName(s, pos); ok {
				e.Names = append(e.Names, nm)
			}
		}
		if plural != "" {
			a.Warnings.Addf(pos, "plural {%s} ignored on a line with a substitution marker, as PETRARCH does", plural)
		}
		if len(e.Names) == 0 {
			return nil, fmt.Errorf("agent %q has no words", phrase)
		}
		return e, nil
	}
	nm, ok := parseName(phrase, pos)
	if !ok {
		return nil, fmt.Errorf("agent has no phrase")
	}
	e.Names = append(e.Names, nm)
	switch {
	case hasPlural && plural != "":
		if strings.Contains(plural, "!") {
			return nil, fmt.Errorf("substitution marker in agent plural")
		}
		pl, _ := parseName(plural, pos)
		pl.Plural = true
		e.Names = append(e.Names, pl)
	case !hasPlural:
		for _, w := range pluralPhrases(nm.Words, in) {
			e.Names = append(e.Names, Name{Words: w, Closed: nm.Closed, Plural: true, Pos: pos})
		}
	}
	return e, nil
}

// substitute expands every "!MARKER!" of s with the items of its set.
func (a *Agents) substitute(s string) ([]string, error) {
	i := strings.IndexByte(s, '!')
	if i < 0 {
		return []string{s}, nil
	}
	j := strings.IndexByte(s[i+1:], '!')
	if j < 0 {
		return nil, fmt.Errorf("substitution marker in %q not closed", s)
	}
	j += i + 1
	items, ok := a.Markers[upper(s[i+1:j])]
	if !ok {
		return nil, fmt.Errorf("substitution marker !%s! not defined", s[i+1:j])
	}
	rests, err := a.substitute(s[j+1:])
	if err != nil {
		return nil, err
	}
	if len(items)*len(rests) > maxSubstitutions {
		return nil, fmt.Errorf("substitution markers in %q expand to too many names", s)
	}
	out := make([]string, 0, len(items)*len(rests))
	for _, it := range items {
		for _, r := range rests {
			out = append(out, s[:i]+it+r)
		}
	}
	return out, nil
}
