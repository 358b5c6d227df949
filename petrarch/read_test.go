package petrarch

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

// The unit-test records (MIT) live in ../shared beside the clone; they are
// read here and never copied into the repository.
const recordsFile = "../../shared/data/petrarch/PETR.UnitTest.records.xml"

func readReal(t *testing.T) *Suite {
	t.Helper()
	f, err := os.Open(recordsFile)
	if err != nil {
		t.Skipf("unit-test records not available: %v", err)
	}
	defer f.Close()
	s, err := Read(f, "PETR.UnitTest.records.xml")
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return s
}

func TestReadReal(t *testing.T) {
	s := readReal(t)
	env := s.Environment
	if env.VerbFile != "PETR.Validate.verbs.txt" || env.ActorFile != "PETR.Validate.actors.txt" ||
		env.AgentFile != "PETR.Validate.agents.txt" || env.DiscardFile != "PETR.Validate.discards.txt" {
		t.Errorf("environment files = %q %q %q %q", env.VerbFile, env.ActorFile, env.AgentFile, env.DiscardFile)
	}
	if env.ErrorFile != "Errors.unit-test.txt" || env.Pause != "Stop" || env.Line != 37 {
		t.Errorf("environment = %+v", env)
	}
	if len(env.Include) != 12 || env.Include[0] != "valid" || env.Include[11] != "ERROR" {
		t.Errorf("Include = %q", env.Include)
	}
	if len(env.Elements) != 8 || len(env.Config) != 1 ||
		env.Config[0] != (Config{Option: "stop_on_error", Value: "True", Line: 45}) {
		t.Errorf("environment elements = %+v, config = %+v", env.Elements, env.Config)
	}

	var recs, yes, no, errs, noevents, codings, events int
	var configs []string
	for _, it := range s.Items {
		if (it.Config == nil) == (it.Record == nil) {
			t.Fatalf("item %+v has not exactly one of Config and Record", it)
		}
		if c := it.Config; c != nil {
			configs = append(configs, c.Option+"="+c.Value)
			continue
		}
		r := it.Record
		recs++
		if r.Sentence {
			yes++
		} else {
			no++
		}
		if r.NoEvents {
			noevents++
		}
		if r.Date.IsZero() || r.ID == "" || r.Category == "" || r.Text == "" || r.Parse == "" {
			t.Errorf("record at line %d lacks a field: %+v", r.Line, r)
		}
		for _, c := range r.Expected {
			codings++
			if c.Error != "" {
				errs++
			}
		}
		events += len(r.Events())
	}
	// Counted with grep; they agree with ../shared/README.md.
	check := func(what string, got, want int) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %d, want %d", what, got, want)
		}
	}
	check("records", recs, 284)
	check(`sentence="true"`, yes, 279)
	check(`sentence="false"`, no, 5)
	check("codings with error", errs, 7)
	check("records with noevents", noevents, 19)
	check("EventCoding elements", codings, 385)
	check("expected events", events, 359)
	check("records via Records", len(s.Records()), 284)

	want := []string{
		"new_actor_length=4", "new_actor_length=0",
		"require_dyad=false", "require_dyad=true", "require_dyad=FALSE", "require_dyad=TRUE",
		"require_dyad=False", "comma_emax=0", "require_dyad=True", "comma_emax=8",
		"new_actor_length=4", "new_actor_length=3", "new_actor_length=0",
		"comma_min=4", "comma_max=6", "comma_emin=3", "comma_emax=6", "comma_bmin=3", "comma_bmax=6",
		"require_dyad=false",
		"comma_max=0", "comma_emax=0", "comma_bmax=0",
		"comma_min=2", "comma_max=8", "comma_emin=2", "comma_emax=8", "require_dyad=true",
	}
	if strings.Join(configs, " ") != strings.Join(want, " ") {
		t.Errorf("configs =\n%q\nwant\n%q", configs, want)
	}
	// The first config change comes after the records before line 1007.
	for i, it := range s.Items {
		if it.Config != nil {
			if it.Config.Line != 1007 || s.Items[i-1].Record == nil || s.Items[i-1].Record.Line > 1007 {
				t.Errorf("first config item %d at line %d", i, it.Config.Line)
			}
			break
		}
	}

	byID := map[string]*Record{}
	for _, r := range s.Records() {
		byID[r.ID] = r
	}
	// Spot checks, read off the file.
	r := byID["DEMO-00"]
	if r == nil || r.Line != 61 || r.Date != time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC) || r.Category != "DEMO" ||
		!r.Sentence || r.NoEvents ||
		r.Text != "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy." ||
		!strings.HasPrefix(r.Parse, "(ROOT (S (S (NP (NNP Arnor) ) (VP (VBZ is) (VP (IN about)") ||
		len(r.Expected) != 1 ||
		r.Expected[0].Source != "ARN" || r.Expected[0].Target != "GON" || r.Expected[0].Event != "064" ||
		r.Expected[0].Line != 65 {
		t.Errorf("DEMO-00 = %+v", r)
	}
	if r := byID["DEMO-04"]; r == nil || r.Sentence || r.Line != 245 {
		t.Errorf("DEMO-04 = %+v", r)
	}
	// Attributes written with spaces around '=', and an error coding.
	r = byID["ERROR-01"]
	if r == nil || r.Line != 11284 || r.Date != time.Date(2008, 8, 1, 0, 0, 0, 0, time.UTC) ||
		len(r.Expected) != 1 || r.Expected[0].Error != "dateline" || r.Expected[0].IsEvent() ||
		!strings.HasPrefix(r.Text, "CEBU CITY: -- Cordova Mayor") {
		t.Errorf("ERROR-01 = %+v", r)
	}
	// An escaped ampersand in the text.
	if r := byID["SYNSET-02"]; r == nil || !strings.HasPrefix(r.Text, "Arnor will abandon full &TIETYPE ties") ||
		r.Expected[0].Event != "345" {
		t.Errorf("SYNSET-02 = %+v", r)
	}
	r = byID["FINAL-RECORD"]
	if r == nil || !r.NoEvents || len(r.Expected) != 1 || !r.Expected[0].NoEvents || len(r.Events()) != 0 ||
		r.Text != "ALL OF THE UNIT TESTS WERE CODED CORRECTLY." {
		t.Errorf("FINAL-RECORD = %+v", r)
	}
}

func TestRead(t *testing.T) {
	const src = `<Validation>
<Environment><Verbfile>v.txt</Verbfile><Other a="1">x <b>y</b></Other></Environment>
<Sentences>
<!-- a comment with <Sentence> inside -->
<Sentence date="20010203" id="A-1" category="C" place="XYZ" sentence="TRUE" extra="e">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="010" confidence="hi"></EventCoding>
<EventCoding error="storydiscard"/>
<Text>  one
  two &amp; three </Text>
<Parse>(ROOT (S (NP (NNP One))
  (VP (VBD two))))</Parse>
</Sentence>
<Config option="require_dyad" value="False"></Config>
<Sentence date="20010204" id="A-2" noevents="true"><Text>x</Text></Sentence>
</Sentences>
</Validation>`
	s, err := Read(strings.NewReader(src), "t.xml")
	if err != nil {
		t.Fatal(err)
	}
	env := s.Environment
	if env.VerbFile != "v.txt" || len(env.Elements) != 2 || env.Elements[1].Text != "x y" ||
		env.Elements[1].Attrs[0] != (Attr{"a", "1"}) || env.Line != 2 {
		t.Errorf("environment = %+v", env)
	}
	if len(s.Items) != 3 || s.Items[0].Record == nil || s.Items[1].Config == nil || s.Items[2].Record == nil {
		t.Fatalf("items = %+v", s.Items)
	}
	r := s.Items[0].Record
	if r.ID != "A-1" || r.Category != "C" || r.Place != "XYZ" || !r.Sentence || r.NoEvents || r.Line != 5 ||
		r.Attr("extra") != "e" || r.Text != "one two & three" || r.Parse != "(ROOT (S (NP (NNP One)) (VP (VBD two))))" {
		t.Errorf("record = %+v", r)
	}
	if len(r.Expected) != 2 || r.Expected[0].Attrs[3] != (Attr{"confidence", "hi"}) || r.Expected[0].Line != 6 ||
		r.Expected[1].Error != "storydiscard" || len(r.Events()) != 1 {
		t.Errorf("codings = %+v", r.Expected)
	}
	c := s.Items[1].Config
	if b, err := c.Bool(); err != nil || b || c.Line != 13 {
		t.Errorf("config = %+v, Bool = %v, %v", c, b, err)
	}
	if _, err := c.Int(); err == nil {
		t.Error("Int of False: no error")
	}
	if r := s.Items[2].Record; !r.NoEvents || r.Sentence {
		t.Errorf("record 2 = %+v", r)
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      string // substring of the error
		items     int    // items read despite the error
	}{
		{"empty", "", "t.xml:1: no XML element", 0},
		{"unclosed", "<Sentences>\n<Sentence id=\"a\">\n<Text>x</Text>\n", "t.xml:4: malformed XML", 0},
		{"mismatched", "<S>\n<Sentence id=\"a\"><Text>x</Parse></Sentence></S>", "t.xml:2: malformed XML", 0},
		{"bare ampersand", "<S>\n\n<Sentence><Text>a & b</Text></Sentence></S>", "t.xml:3: malformed XML", 0},
		{"bad date", "<S>\n<Sentence date=\"1995-01-01\" id=\"a\"/></S>", `t.xml:2: record "a": date "1995-01-01" is not YYYYMMDD`, 1},
		{"bad flag", "<S><Sentence sentence=\"yes\"/>\n<Sentence/></S>", `t.xml:1: record "": sentence="yes"`, 2},
		{"bad noevents", "<S><Sentence>\n<EventCoding noevents=\"no\"/></Sentence></S>", `t.xml:2: record "": noevents="no"`, 1},
		{"config without option", "<S>\n<Config value=\"1\"/></S>", "t.xml:2: <Config> without option", 1},
		{"second text", "<S><Sentence>\n<Text>a</Text>\n<Text>b</Text></Sentence></S>", "t.xml:3: record \"\": second <Text>", 1},
	} {
		s, err := Read(strings.NewReader(tc.src), "t.xml")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
		var list ErrorList
		var e *Error
		if !errors.As(err, &list) || !errors.As(err, &e) {
			t.Errorf("%s: error %T is not an ErrorList of *Error", tc.name, err)
		}
		if s == nil || len(s.Items) != tc.items {
			t.Errorf("%s: suite %+v, want %d items", tc.name, s, tc.items)
		}
	}
}
