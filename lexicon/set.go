package lexicon

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

// Options are the reader settings. The zero value reads dictionaries as
// PETRARCH 2 does.
type Options struct {
	// Inflection selects the regular verb forms and noun plurals made for
	// entries that do not spell them out.
	Inflection Inflection
}

// Kind is a kind of dictionary file.
type Kind uint8

// The dictionary kinds, one per reader.
const (
	KindUnknown Kind = iota
	KindVerbs
	KindActors
	KindAgents
	KindDiscards
	KindIssues
)

func (k Kind) String() string {
	switch k {
	case KindUnknown:
		return "unknown"
	case KindVerbs:
		return "verbs"
	case KindActors:
		return "actors"
	case KindAgents:
		return "agents"
	case KindDiscards:
		return "discards"
	case KindIssues:
		return "issues"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// KindOf tells the kind of a dictionary from its file name, as PETRARCH's
// configuration files name them: a name containing "verbs" or starting
// with "CAMEO" is a verb dictionary; "actors", "agents", "discards" and
// "issue" (any case) name the other kinds.
func KindOf(name string) Kind {
	base := strings.ToLower(path.Base(strings.ReplaceAll(name, `\`, "/")))
	switch {
	case strings.Contains(base, "verbs") || strings.HasPrefix(base, "cameo"):
		return KindVerbs
	case strings.Contains(base, "actors"):
		return KindActors
	case strings.Contains(base, "agents"):
		return KindAgents
	case strings.Contains(base, "discards"):
		return KindDiscards
	case strings.Contains(base, "issue"):
		return KindIssues
	}
	return KindUnknown
}

// Set is a complete set of dictionaries, as a coder uses them. Every
// field is non-nil (possibly empty) in a Set returned by this package;
// files of the same kind are merged in the order given.
type Set struct {
	Verbs    *Verbs
	Actors   *Actors
	Agents   *Agents
	Discards *Discards
	Issues   *Issues
	// Files lists the files read, with their kinds, in order.
	Files []File
}

// File is a dictionary file read into a Set.
type File struct {
	Name string
	Kind Kind
}

// Warnings returns the warnings of all the dictionaries, sorted.
func (s *Set) Warnings() ErrorList {
	var w ErrorList
	w = append(w, s.Verbs.Warnings...)
	w = append(w, s.Actors.Warnings...)
	w = append(w, s.Agents.Warnings...)
	w = append(w, s.Discards.Warnings...)
	w = append(w, s.Issues.Warnings...)
	w.Sort()
	return w
}

func newSet() *Set {
	return &Set{
		Verbs:    &Verbs{Synsets: map[string]*Synset{}, forms: map[string][]FormRef{}},
		Actors:   &Actors{},
		Agents:   &Agents{Markers: map[string][]string{}},
		Discards: &Discards{},
		Issues:   &Issues{},
	}
}

// LoadDir reads dictionary files from the directory dir with the zero
// Options; see Options.LoadFS.
func LoadDir(dir string, files ...string) (*Set, error) {
	return Options{}.LoadFS(os.DirFS(dir), files...)
}

// LoadFS reads dictionary files from fsys into a Set, choosing each
// file's reader with KindOf. files are names or path.Match patterns
// ("Phoenix.*"); a pattern must match at least one file, and a file read
// twice is read once. With no files, every file of fsys's root directory
// whose kind KindOf recognises is read, in name order.
//
// The Set is returned even on error and holds whatever could be read. The
// error is an ErrorList of every dictionary's errors, sorted, or a
// wrapped I/O error, or a name whose kind is unknown.
func (o Options) LoadFS(fsys fs.FS, files ...string) (*Set, error) {
	s := newSet()
	names, err := expandNames(fsys, files)
	if err != nil {
		return s, err
	}
	var errs ErrorList
	for _, name := range names {
		k := KindOf(name)
		if k == KindUnknown {
			return s, fmt.Errorf("lexicon: cannot tell the kind of dictionary %s", name)
		}
		f, err := fsys.Open(name)
		if err != nil {
			return s, fmt.Errorf("lexicon: %w", err)
		}
		err = o.readInto(s, k, f, name)
		f.Close()
		var el ErrorList
		switch {
		case errors.As(err, &el):
			errs = append(errs, el...)
		case err != nil:
			return s, err
		}
		s.Files = append(s.Files, File{Name: name, Kind: k})
	}
	errs.Sort()
	return s, errs.Err()
}

func (o Options) readInto(s *Set, k Kind, f fs.File, name string) error {
	var err error
	switch k {
	case KindVerbs:
		var v *Verbs
		v, err = o.ReadVerbs(f, name)
		s.Verbs.Merge(v)
	case KindActors:
		var a *Actors
		a, err = o.ReadActors(f, name)
		s.Actors.Merge(a)
	case KindAgents:
		var a *Agents
		a, err = o.ReadAgents(f, name)
		s.Agents.Merge(a)
	case KindDiscards:
		var d *Discards
		d, err = o.ReadDiscards(f, name)
		s.Discards.Merge(d)
	case KindIssues:
		var x *Issues
		x, err = o.ReadIssues(f, name)
		s.Issues.Merge(x)
	}
	return err
}

func expandNames(fsys fs.FS, files []string) ([]string, error) {
	if len(files) == 0 {
		ents, err := fs.ReadDir(fsys, ".")
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		var names []string
		for _, e := range ents {
			if e.Type().IsRegular() && KindOf(e.Name()) != KindUnknown {
				names = append(names, e.Name())
			}
		}
		sort.Strings(names)
		return names, nil
	}
	var names []string
	seen := map[string]bool{}
	for _, f := range files {
		list := []string{f}
		if strings.ContainsAny(f, "*?[") {
			m, err := fs.Glob(fsys, f)
			if err != nil {
				return nil, fmt.Errorf("lexicon: pattern %q: %w", f, err)
			}
			if len(m) == 0 {
				return nil, fmt.Errorf("lexicon: no dictionary matches %q", f)
			}
			list = m
		}
		for _, n := range list {
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
	}
	return names, nil
}
