package lexicon

import (
	"sort"
	"strings"
	"testing"
)

const testIssues = `# Phoenix Open Event Data Issues
<ISSUE CATEGORY="EDUCATION" TYPE="ALL">
n:teacher [TEACHERS]
pre+n:school [EARLY_CHILDHOOD_EDUCATION]
ethnic v:purge [ID_ATROCITY]
n:academy [SCHOOLS]
~financial literacy
eec
intimidation of press [MEDIA_CENSORSHIP]intimidation of the media [MEDIA_CENSORSHIP]
</ISSUE>
~~oil
`

func TestIssues(t *testing.T) {
	x, err := ReadIssues(strings.NewReader(testIssues), "test.issues")
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Entries) != 7 {
		t.Fatalf("entries = %d", len(x.Entries))
	}
	forms := func(e *Issue) string {
		var s []string
		for _, p := range e.Phrases {
			s = append(s, strings.Join(p, " "))
		}
		sort.Strings(s)
		return strings.Join(s, "|")
	}
	for i, want := range []string{
		"TEACHER|TEACHERS",
		"PRE SCHOOL|PRE SCHOOLS|PRE-SCHOOL|PRE-SCHOOLS",
		"ETHNIC PURGE|ETHNIC PURGED|ETHNIC PURGES|ETHNIC PURGING",
		"ACADEMIES|ACADEMY",
		"FINANCIAL LITERACY",
		"INTIMIDATION OF PRESS",
		"OIL",
	} {
		if got := forms(x.Entries[i]); got != want {
			t.Errorf("entry %d forms = %s, want %s", i, got, want)
		}
	}
	if e := x.Entries[0]; e.Code != "TEACHERS" || e.Category != "EDUCATION" || e.Ignore != NotIgnore {
		t.Errorf("entry 0 = %+v", e)
	}
	if e := x.Entries[4]; e.Code != "" || e.Ignore != IgnoreSentence {
		t.Errorf("~ entry = %+v", e)
	}
	if e := x.Entries[6]; e.Ignore != IgnoreStory || e.Category != "" {
		t.Errorf("~~ entry = %+v", e)
	}
	if len(x.Warnings) != 2 {
		t.Errorf("warnings = %v", x.Warnings)
	}
	if e, n := x.Match(strings.Fields("pre-schools are")); e == nil || n != 1 || e.Code != "EARLY_CHILDHOOD_EDUCATION" {
		t.Errorf("Match(pre-schools) = %+v %d", e, n)
	}
	if e, n := x.Match(strings.Fields("ethnic purging")); e == nil || n != 2 {
		t.Errorf("Match(ethnic purging) = %+v %d", e, n)
	}
}
