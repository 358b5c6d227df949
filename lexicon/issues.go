package lexicon

import (
	"fmt"
	"io"
	"strings"
)

// Issues is an issue dictionary (Phoenix.IssueCoding.txt): phrases that
// tag an event with an issue code, and phrases that cancel issue coding.
type Issues struct {
	Entries  []*Issue
	Warnings ErrorList
	index    phraseIndex
	names    []nameRef
}

// IgnoreLevel says what an exclusion phrase ("~..." or "~~...") cancels.
type IgnoreLevel uint8

const (
	// NotIgnore: an ordinary issue phrase with a code.
	NotIgnore IgnoreLevel = iota
	// IgnoreSentence ("~phrase"): no issue of the category is coded for a
	// sentence containing the phrase.
	IgnoreSentence
	// IgnoreStory ("~~phrase"): no issue of the category is coded for a
	// story containing the phrase.
	IgnoreStory
)

// Issue is one line of an issue dictionary.
type Issue struct {
	// Phrases holds every form the line stands for, after the
	// expansions (see Options.ReadIssues).
	Phrases  [][]string
	Code     Code // empty for an exclusion phrase
	Ignore   IgnoreLevel
	Category string // CATEGORY of the enclosing <ISSUE ...> section
	Pos      Pos
}

// Match returns the longest issue phrase that words start with
// (case-insensitive) and its length in words; n is 0 when none matches.
// The first of two entries with the same phrase wins.
func (x *Issues) Match(words []string) (entry *Issue, n int) {
	id, n := x.index.match(words)
	if n == 0 {
		return nil, 0
	}
	return x.Entries[x.names[id].entry], n
}

// Merge appends the entries of o to x. o must not be used afterwards.
func (x *Issues) Merge(o *Issues) {
	if len(x.Entries) == 0 {
		*x = *o
		return
	}
	base := int32(len(x.Entries))
	x.Entries = append(x.Entries, o.Entries...)
	x.Warnings = append(x.Warnings, o.Warnings...)
	for i, e := range o.Entries {
		x.addNames(base+int32(i), e)
	}
	x.index.finish(false)
}

func (x *Issues) addNames(entry int32, e *Issue) {
	for j, p := range e.Phrases {
		x.index.add(p, int32(len(x.names)))
		x.names = append(x.names, nameRef{entry: entry, name: int32(j)})
	}
}

// ReadIssues reads an issue dictionary; see Options.ReadIssues.
func ReadIssues(r io.Reader, name string) (*Issues, error) {
	return Options{}.ReadIssues(r, name)
}

// maxIssueForms bounds the forms one issue line may expand into.
const maxIssueForms = 1024

// ReadIssues reads an issue dictionary:
//
//	<ISSUE CATEGORY="EDUCATION" TYPE="ALL">
//	n:teacher [TEACHERS]
//	~financial literacy
//	~~oil
//	</ISSUE>
//
// A line "phrase [CODE]" tags the phrase with the code; "~phrase" and
// "~~phrase" are exclusion phrases (IgnoreSentence, IgnoreStory). Within a
// phrase, as in PETRARCH: "n:word" stands for the word and its plural
// (Y → IES, else +S); "v:word" for the word and its regular verb forms
// (+S; +D and E → ING after E; else +ED and +ING); and '+' between two
// words for both "w1 w2" and "w1-w2". Phrases are upper-cased.
//
// Quirks, accepted as PETRARCH does and listed in Warnings: a line with
// neither a code nor a '~' is skipped ("eec", "v:kidnap"); text after the
// code is ignored ("intimidation of press [MEDIA_CENSORSHIP]intimidation
// of the media [MEDIA_CENSORSHIP]", "aqim [X] [X]"). Other lines starting
// with '<' are skipped with a warning.
func (o Options) ReadIssues(r io.Reader, name string) (*Issues, error) {
	x := &Issues{}
	src, err := readAll(r, name)
	if err != nil {
		return x, err
	}
	var errs ErrorList
	category := ""
	sc := newLineScanner(src, false)
	for {
		ln, ok := sc.next()
		if !ok {
			break
		}
		pos := Pos{File: name, Line: ln.num}
		t := strings.TrimSpace(ln.text)
		switch {
		case strings.HasPrefix(t, "</"):
			category = ""
			continue
		case strings.HasPrefix(t, "<"):
			if c, ok := issueCategory(t); ok {
				category = c
			} else {
				x.Warnings.Addf(pos, "line %q skipped", t)
			}
			continue
		}
		e := &Issue{Category: category, Pos: pos}
		target := ""
		switch {
		case strings.HasPrefix(t, "~~"):
			e.Ignore, target = IgnoreStory, t[2:]
		case t[0] == '~':
			e.Ignore, target = IgnoreSentence, t[1:]
		default:
			i := strings.IndexByte(t, '[')
			if i < 0 {
				x.Warnings.Addf(pos, "issue %q has no [code]; line skipped as PETRARCH does", t)
				continue
			}
			j := strings.IndexByte(t[i:], ']')
			if j < 0 {
				errs.Add(pos, "unclosed '[' in issue code")
				continue
			}
			e.Code = Code(strings.TrimSpace(t[i+1 : i+j]))
			if e.Code == "" {
				errs.Add(pos, "empty issue code []")
				continue
			}
			if rest := strings.TrimSpace(t[i+j+1:]); rest != "" {
				x.Warnings.Addf(pos, "text %q after issue code ignored as PETRARCH does", rest)
			}
			target = t[:i]
		}
		forms, err := issueForms(upper(strings.TrimSpace(target)))
		if err != nil {
			errs.Add(pos, err.Error())
			continue
		}
		for _, f := range forms {
			if w := strings.Fields(f); len(w) > 0 {
				e.Phrases = append(e.Phrases, w)
			}
		}
		if len(e.Phrases) == 0 {
			errs.Add(pos, "empty issue phrase")
			continue
		}
		x.Entries = append(x.Entries, e)
	}
	for i, e := range x.Entries {
		x.addNames(int32(i), e)
	}
	x.index.finish(false)
	errs.Sort()
	x.Warnings.Sort()
	return x, errs.Err()
}

// issueCategory reads the CATEGORY attribute of an <ISSUE ...> tag.
func issueCategory(t string) (string, bool) {
	if !strings.HasPrefix(strings.ToUpper(t), "<ISSUE") {
		return "", false
	}
	i := strings.Index(t, `CATEGORY="`)
	if i < 0 {
		return "", true
	}
	rest := t[i+len(`CATEGORY="`):]
	j := strings.IndexByte(rest, '"')
	if j < 0 {
		return "", false
	}
	return rest[:j], true
}

// issueForms expands the upper-cased target as PETRARCH's read_issue_list
// does: repeatedly, the first '+' of a form gives a form with ' ' and one
// with '-'; "N:" gives the noun and its plural; "V:" the verb forms.
func issueForms(target string) ([]string, error) {
	forms := []string{target}
	for changed := true; changed; {
		changed = false
		var next []string
		for _, f := range forms {
			switch {
			case strings.Contains(f, "+"):
				next = append(next, strings.Replace(f, "+", " ", 1), strings.Replace(f, "+", "-", 1))
				changed = true
			case strings.Contains(f, "N:"):
				pre, post, _ := strings.Cut(f, "N:")
				word, rest, _ := strings.Cut(post, " ")
				if word == "" {
					return nil, fmt.Errorf("n: with no word")
				}
				pl := word + "S"
				if strings.HasSuffix(word, "Y") {
					pl = word[:len(word)-1] + "IES"
				}
				next = append(next, pre+word+" "+rest, pre+pl+" "+rest)
				changed = true
			case strings.Contains(f, "V:"):
				pre, post, _ := strings.Cut(f, "V:")
				word, rest, _ := strings.Cut(post, " ")
				if word == "" {
					return nil, fmt.Errorf("v: with no word")
				}
				next = append(next, pre+word+" "+rest, pre+word+"S "+rest)
				if strings.HasSuffix(word, "E") {
					next = append(next, pre+word+"D "+rest, pre+word[:len(word)-1]+"ING "+rest)
				} else {
					next = append(next, pre+word+"ED "+rest, pre+word+"ING "+rest)
				}
				changed = true
			default:
				next = append(next, f)
			}
			if len(next) > maxIssueForms {
				return nil, fmt.Errorf("issue phrase expands to more than %d forms", maxIssueForms)
			}
		}
		forms = next
	}
	return forms, nil
}
