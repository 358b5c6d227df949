package lexicon

import (
	"errors"
	"strings"
	"testing"
)

const testAgents = `<!-- PETRARCH VALIDATION SUITE AGENTS DICTIONARY -->
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES

PARLIAMENTARY_OPPOSITION {} [~OPP] #jap 11 Oct 2002
AMBASSADOR [~GOV] # LRP 02 Jun 2004
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV] # mj 05 Jan 2006
SECURITY SERVICE [~GOV]
CONGRESS [~LEG]
CONGRESS!PERSON! [~LEG]
!MINST!_OF_SILLY_WALKS [~GOV]
AUTHORITY  [~GOV]
HUMAN_RIGHTS_BODY  [NGO~] # BNL 07 Dec 2001
HUMAN_RIGHTS_ORGANIZATION  [  NGO~]
POLICE {} [ ~COP]
DEPARMENT_OF_ENVIRONMENT [~ENV}
ISLAMIC_EXTREMIST
MINISTRY_  [~GOV]
`

func TestAgents(t *testing.T) {
	a, err := ReadAgents(strings.NewReader(testAgents), "test.agents")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		words string
		code  string // as written
		n     int
	}{
		{"Ambassador", "~GOV", 1},
		{"ambassadors", "~GOV", 1},              // regular plural
		{"parliamentary opposition", "~OPP", 2}, // {} → no plural
		{"parliamentary oppositions", "", 0},
		{"attorney general", "~GOV", 2},
		{"attorneys general", "~GOV", 2}, // explicit plural
		{"attorney generals", "", 0},
		{"security services", "~GOV", 2},
		{"congresses", "~LEG", 1}, // SS → SSES
		{"congresswomen", "~LEG", 1},
		{"congressperson", "~LEG", 1},
		{"congresspersons", "", 0}, // no plurals for substitutions
		{"ministries of silly walks", "~GOV", 4},
		{"authorities", "~GOV", 1}, // Y → IES
		{"human rights body", "NGO~", 3},
		{"human rights organizations", "NGO~", 3},
		{"police", "~COP", 1},
		{"polices", "", 0},
		{"deparment of environment", "~ENV", 3},
		{"islamic extremist", "", 0}, // skipped: no code
		{"ministries", "~GOV", 1},    // trailing '_' dropped before the plural
	} {
		e, n := a.Match(strings.Fields(tc.words))
		got := ""
		if e != nil {
			got = e.Code.String()
		}
		if got != tc.code || n != tc.n {
			t.Errorf("Match(%q) = %q %d, want %q %d", tc.words, got, n, tc.code, tc.n)
		}
	}
	e, _ := a.Match([]string{"HUMAN", "RIGHTS", "BODY"})
	if !e.Code.Before || e.Code.Code != "NGO" || e.Code.Apply("USA") != "NGOUSA" {
		t.Errorf("prefix agent: %+v", e.Code)
	}
	e, _ = a.Match([]string{"AMBASSADOR"})
	if e.Code.Before || e.Code.Apply("USA") != "USAGOV" || e.Pos.Line != 6 {
		t.Errorf("suffix agent: %+v %v", e.Code, e.Pos)
	}
	if got := strings.Join(a.Markers["PERSON"], ","); got != "MAN,MEN,WOMAN,WOMEN,PERSON" {
		t.Errorf("marker PERSON = %s", got)
	}
	if len(a.Warnings) != 2 {
		t.Errorf("warnings = %v", a.Warnings)
	}
	if st := a.Stats(); st.Entries != 13 || st.Before != 2 || st.Markers != 2 {
		t.Errorf("stats = %+v", st)
	}
}

func TestAgentsEnglishPlural(t *testing.T) {
	src := "ENVOY [~GOV]\nBOSS [~BUS]\nWITCH [~REL]\n"
	a, err := Options{Inflection: English}.ReadAgents(strings.NewReader(src), "x")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"ENVOYS", "ENVOIES", "BOSSES", "WITCHES", "WITCHS"} {
		if e, _ := a.Match([]string{w}); e == nil {
			t.Errorf("English plural %s not found", w)
		}
	}
}

func TestAgentErrors(t *testing.T) {
	src := `!BAD = X
PRESIDENT [GOV]
!UNDEF!_MAN [~X]
X {Y [~Y]
X [~A] [~B]
X [~A] junk
 {} [~X]
X [~A
GOOD [~GOOD]
!EMPTY! =
`
	a, err := ReadAgents(strings.NewReader(src), "bad.agents")
	var el ErrorList
	if !errors.As(err, &el) {
		t.Fatalf("err = %v", err)
	}
	if len(el) != 9 {
		t.Errorf("errors:\n%s", joinErrors(el))
	}
	for _, e := range el {
		if e.Pos.Line == 9 {
			t.Errorf("error on good line: %v", e)
		}
	}
	if len(a.Entries) != 1 {
		t.Errorf("entries = %d", len(a.Entries))
	}
}

func TestAgentsMerge(t *testing.T) {
	a, _ := ReadAgents(strings.NewReader("!P! = MAN, MEN\nPRESIDENT [~GOV]\n"), "a")
	b, _ := ReadAgents(strings.NewReader("PRESIDENT [~ELI]\nPOLICE!P! [~COP]\n"), "b")
	if len(b.Entries) != 1 {
		t.Errorf("marker of another file should be undefined: %d entries", len(b.Entries))
	}
	b, err := ReadAgents(strings.NewReader("PRESIDENT [~ELI]\nCHAIR!Q! [~COP]\n!Q! = MAN\n"), "b")
	if err == nil {
		t.Errorf("marker used before its definition: no error")
	}
	a.Merge(b)
	if e, _ := a.Match([]string{"presidents"}); e == nil || e.Code.Code != "ELI" {
		t.Errorf("later entry should win: %+v", e)
	}
	if len(a.Markers) != 2 {
		t.Errorf("markers = %v", a.Markers)
	}
}
