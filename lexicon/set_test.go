package lexicon

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestKindOf(t *testing.T) {
	for name, want := range map[string]Kind{
		"CAMEO.2.0.txt":                    KindVerbs,
		"PETR.Validate.verbs.txt":          KindVerbs,
		"dir/Phoenix.Countries.actors.txt": KindActors,
		"Phoenix.agents.txt":               KindAgents,
		"PETR.Validate.discards.txt":       KindDiscards,
		"Phoenix.IssueCoding.txt":          KindIssues,
		`C:\dicts\X.ACTORS.TXT`:            KindActors,
		"README.md":                        KindUnknown,
	} {
		if got := KindOf(name); got != want {
			t.Errorf("KindOf(%q) = %s, want %s", name, got, want)
		}
	}
}

var testFS = fstest.MapFS{
	"t.verbs.txt":    {Data: []byte("--- GO [010] ---\nGO {WENT GOES GOING GONE}\n- * HOME [011]\n")},
	"a.actors.txt":   {Data: []byte("GONDOR [GON]\n")},
	"b.actors.txt":   {Data: []byte("GONDOR [GONGOV]\nARNOR_ [ARN]\n\t[ARNGOV >20000101]\n")},
	"t.agents.txt":   {Data: []byte("PRESIDENT [~GOV]\n")},
	"t.discards.txt": {Data: []byte("+BASEBALL\n")},
	"t.issues.txt":   {Data: []byte("n:teacher [TEACHERS]\n")},
	"bad.agents.txt": {Data: []byte("PRESIDENT [GOV]\nMINISTER\n")},
	"notes.md":       {Data: []byte("not a dictionary")},
}

func TestLoadFS(t *testing.T) {
	s, err := Options{}.LoadFS(testFS, "t.*", "a.actors.txt", "b.actors.txt", "a.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Files) != 6 {
		t.Errorf("files = %+v", s.Files)
	}
	if f := s.Verbs.Lookup("went"); f == nil || f.Name != "GO" || len(f.Patterns) != 1 {
		t.Errorf("verbs not loaded")
	}
	// b.actors.txt comes later: its GONDOR wins.
	if code, _ := s.Actors.Lookup([]string{"gondor"}, time.Now()); code != "GONGOV" {
		t.Errorf("GONDOR = %q", code)
	}
	if code, _ := s.Actors.Lookup([]string{"arnor"}, time.Date(1999, 1, 1, 0, 0, 0, 0, time.UTC)); code != "ARN" {
		t.Errorf("ARNOR = %q", code)
	}
	if e, _ := s.Agents.Match([]string{"presidents"}); e == nil {
		t.Errorf("agents not loaded")
	}
	if e, _ := s.Discards.Match([]string{"baseball"}); e == nil || !e.Story {
		t.Errorf("discards not loaded")
	}
	if e, _ := s.Issues.Match([]string{"teachers"}); e == nil {
		t.Errorf("issues not loaded")
	}
	if len(s.Warnings()) != 0 {
		t.Errorf("warnings: %v", s.Warnings())
	}
}

func TestLoadFSErrors(t *testing.T) {
	// Errors of every file come back in one sorted list; the rest loads.
	s, err := Options{}.LoadFS(testFS, "t.verbs.txt", "bad.agents.txt")
	var el ErrorList
	if !errors.As(err, &el) || len(el) != 1 || el[0].Pos != (Pos{"bad.agents.txt", 1}) {
		t.Fatalf("err = %v", err)
	}
	if s.Verbs.Lookup("GO") == nil || len(s.Warnings()) != 1 {
		t.Errorf("partial set lost: warnings %v", s.Warnings())
	}
	if _, err := (Options{}).LoadFS(testFS, "notes.md"); err == nil || !strings.Contains(err.Error(), "kind") {
		t.Errorf("unknown kind: %v", err)
	}
	if _, err := (Options{}).LoadFS(testFS, "missing.verbs.txt"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	if _, err := (Options{}).LoadFS(testFS, "zzz*"); err == nil {
		t.Errorf("pattern matching nothing: no error")
	}
	// No names: every recognised file of the directory.
	s, err = Options{}.LoadFS(testFS)
	if !errors.As(err, &el) || len(s.Files) != 7 {
		t.Errorf("all files: %d files, err %v", len(s.Files), err)
	}
}

// errReader fails after its data.
type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestReadIOError(t *testing.T) {
	for name, read := range map[string]func() error{
		"verbs":    func() error { _, err := ReadVerbs(errReader{}, "x"); return err },
		"actors":   func() error { _, err := ReadActors(errReader{}, "x"); return err },
		"agents":   func() error { _, err := ReadAgents(errReader{}, "x"); return err },
		"discards": func() error { _, err := ReadDiscards(errReader{}, "x"); return err },
		"issues":   func() error { _, err := ReadIssues(errReader{}, "x"); return err },
	} {
		err := read()
		if err == nil || !strings.Contains(err.Error(), "reading x: disk on fire") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}
