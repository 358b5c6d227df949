package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sandpiper/pipeline"
)

const suitePath = "../../shared/data/petrarch/PETR.UnitTest.records.xml"

// The committed figures: exact records out of 279. The test fails when a
// change makes them drop.
const (
	minExactOurs     = 254
	minExactSupplied = 260
)

func TestPetrarchSuite(t *testing.T) {
	if _, err := os.Stat(suitePath); err != nil {
		t.Skip("../shared is missing")
	}
	suite, set, err := loadSuite(suitePath, "")
	if err != nil {
		t.Fatal(err)
	}
	m, err := loadModels(1)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		mode  string
		parse docParser
		min   int
	}{
		{"ours", oursParser(pipeline.New(m)), minExactOurs},
		{"supplied", suppliedParser(), minExactSupplied},
	} {
		res, _, err := runPetrarch(context.Background(), suite, set, tc.parse, tc.mode)
		if err != nil {
			t.Fatal(err)
		}
		if res.Active != 279 {
			t.Errorf("%s: %d active records, want 279", tc.mode, res.Active)
		}
		if res.Exact < tc.min {
			t.Errorf("%s: %d/%d exact, below the committed %d", tc.mode, res.Exact, res.Active, tc.min)
		}
		if res.Errors != 0 {
			t.Errorf("%s: %d errors", tc.mode, res.Errors)
		}
		t.Logf("%s: exact %d/%d, triples P %.1f R %.1f", tc.mode, res.Exact, res.Active, res.Triples.Precision, res.Triples.Recall)
	}
}

func TestEvalPetrarchCommand(t *testing.T) {
	if _, err := os.Stat(suitePath); err != nil {
		t.Skip("../shared is missing")
	}
	code, out, errOut := run(t, "", "eval", "petrarch", "--json", "--parse", "supplied", suitePath)
	if code != 0 || !strings.Contains(out, `"active":279`) || !strings.Contains(out, `"by_category"`) {
		t.Errorf("code %d\n%s\n%s", code, out, errOut)
	}
	if code, _, _ := run(t, "", "eval", "petrarch", "--parse", "nonsense", suitePath); code != 2 {
		t.Errorf("bad --parse: code %d, want 2", code)
	}
}

func TestCodeCommand(t *testing.T) {
	dictDir := "../../shared/data/petrarch/dictionaries"
	if _, err := os.Stat(dictDir); err != nil {
		t.Skip("../shared is missing")
	}
	if code, _, errOut := run(t, "Gondor attacked Mordor.", "code"); code != 2 || !strings.Contains(errOut, "--dict is required") {
		t.Errorf("no --dict: code %d\n%s", code, errOut)
	}
	dicts := []string{"--dict", filepath.Join(dictDir, "PETR.Validate.verbs.txt"), "--dict", filepath.Join(dictDir, "PETR.Validate.actors.txt"),
		"--dict", filepath.Join(dictDir, "PETR.Validate.agents.txt")}
	in := filepath.Join(t.TempDir(), "in.jsonl")
	lines := `{"id":"a","date":"1995-01-01","text":"Arnor is about to restore full diplomatic ties with Gondor."}
not json
{"id":"b","date":"01/01/1995","text":"x"}
{"id":"c","date":"1995-01-01","text":"Russian police arrested students in Moscow today."}
`
	if err := os.WriteFile(in, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "", append(append([]string{"code"}, dicts...), in)...)
	if code != 1 || !strings.Contains(errOut, "in.jsonl:2:") || !strings.Contains(errOut, "in.jsonl:3:") {
		t.Errorf("bad lines: code %d\n%s", code, errOut)
	}
	for _, want := range []string{`"doc_id":"a"`, `"cameo":"064"`, `"cameo_root":"06"`, `"code":"ARN"`, `"doc_id":"c"`, `"code":"RUSCOP"`, `"country":"RUS"`, `"sector":"COP"`, `"rule":"PETR.Validate.verbs.txt:`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s:\n%s", want, out)
		}
	}
	code, out, _ = run(t, "Arnor is about to restore full diplomatic ties with Gondor.", append(append([]string{"code", "--format", "tsv"}, dicts...), "-")...)
	if code != 0 || !strings.Contains(out, "ARN\tGON\t064") {
		t.Errorf("tsv: code %d\n%s", code, out)
	}
}
