package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"sandpiper/coder"
	"sandpiper/doc"
	"sandpiper/lexicon"
	"sandpiper/petrarch"
	"sandpiper/pipeline"
)

// petrarchCounts are record outcomes: exact (the produced triples equal
// the expected ones; for a noevents or error record, nothing produced),
// partial (some expected triples produced), wrong (triples produced, none
// expected among them), missed (nothing produced where events were
// expected), spurious (triples produced where none were expected).
type petrarchCounts struct {
	Active   int `json:"active"`
	Exact    int `json:"exact"`
	Partial  int `json:"partial"`
	Wrong    int `json:"wrong"`
	Missed   int `json:"missed"`
	Spurious int `json:"spurious"`
	Errors   int `json:"errors"`
}

// petrarchResult is what `eval petrarch --json` prints.
type petrarchResult struct {
	petrarchCounts
	Parse   string `json:"parse"`
	Triples struct {
		Expected  int     `json:"expected"`
		Produced  int     `json:"produced"`
		Correct   int     `json:"correct"`
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
	} `json:"triples"`
	ByCategory map[string]*petrarchCounts `json:"by_category"`
}

// recordOutcome is one scored record, for --verbose.
type recordOutcome struct {
	Record   *petrarch.Record
	Outcome  string // exact, partial, wrong, missed, spurious, error
	Expected []string
	Produced []string
	Events   []coder.Event
	Err      error
}

// docParser turns a record into a parsed document.
type docParser func(ctx context.Context, r *petrarch.Record) (*doc.Document, error)

// oursParser runs the record's text through our pipeline.
func oursParser(p *pipeline.Pipeline) docParser {
	return func(ctx context.Context, r *petrarch.Record) (*doc.Document, error) {
		d := &doc.Document{ID: r.ID, Text: r.Text}
		if err := p.Process(ctx, d); err != nil {
			return nil, err
		}
		return d, nil
	}
}

// loadSuite reads a records file and the dictionaries its Environment
// names, from dictDir or else dictionaries/ beside the file.
func loadSuite(path, dictDir string) (*petrarch.Suite, *lexicon.Set, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	suite, err := petrarch.Read(f, path)
	f.Close()
	if err != nil {
		return nil, nil, err
	}
	if dictDir == "" {
		dictDir = filepath.Join(filepath.Dir(path), "dictionaries")
	}
	env := suite.Environment
	var files []string
	for _, n := range []string{env.VerbFile, env.ActorFile, env.AgentFile, env.DiscardFile} {
		if n != "" {
			files = append(files, n)
		}
	}
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("%s: the Environment names no dictionaries", path)
	}
	set, err := lexicon.LoadDir(dictDir, files...)
	if err != nil {
		return nil, nil, fmt.Errorf("dictionaries in %s: %w", dictDir, err)
	}
	return suite, set, nil
}

// applyConfig applies one <Config> option to o; unknown options
// (stop_on_error) do not concern this coder and are ignored.
func applyConfig(o *coder.Options, c petrarch.Config) error {
	switch strings.ToLower(c.Option) {
	case "require_dyad":
		b, err := c.Bool()
		if err != nil {
			return err
		}
		o.RequireDyad = b
	case "new_actor_length":
		n, err := c.Int()
		if err != nil {
			return err
		}
		o.NewActorLength = max(n, 0)
	case "comma_min", "comma_max", "comma_bmin", "comma_bmax", "comma_emin", "comma_emax":
		n, err := c.Int()
		if err != nil {
			return err
		}
		n = max(n, 0)
		m := &o.Commas
		field := map[string]*int{"comma_min": &m.Min, "comma_max": &m.Max, "comma_bmin": &m.BMin,
			"comma_bmax": &m.BMax, "comma_emin": &m.EMin, "comma_emax": &m.EMax}
		*field[strings.ToLower(c.Option)] = n
	}
	return nil
}

// runPetrarch codes the active records (sentence="true") of suite and
// scores them.
func runPetrarch(ctx context.Context, suite *petrarch.Suite, set *lexicon.Set, parse docParser, mode string) (*petrarchResult, []recordOutcome, error) {
	opts := coder.DefaultOptions()
	for _, c := range suite.Environment.Config {
		if err := applyConfig(&opts, c); err != nil {
			return nil, nil, err
		}
	}
	base, err := coder.New(set, opts)
	if err != nil {
		return nil, nil, err
	}
	res := &petrarchResult{Parse: mode, ByCategory: map[string]*petrarchCounts{}}
	var outs []recordOutcome
	for _, it := range suite.Items {
		if it.Config != nil {
			if err := applyConfig(&opts, *it.Config); err != nil {
				return nil, nil, err
			}
			continue
		}
		r := it.Record
		if r == nil || !r.Sentence {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		o := recordOutcome{Record: r}
		for _, c := range r.Events() {
			o.Expected = append(o.Expected, triple(c.Source, c.Target, c.Event))
		}
		o.Expected = dedupe(o.Expected)
		d, err := parse(ctx, r)
		if err == nil {
			o.Events, err = base.WithOptions(opts).Code(ctx, d, r.Date)
		}
		switch {
		case err != nil && expectsError(r):
			// A record the harness must reject (bad_input_parse…):
			// rejecting it codes nothing, which is what it expects.
			o.Err, o.Outcome = err, "exact"
		case err != nil:
			o.Err, o.Outcome = err, "error"
		default:
			for _, e := range o.Events {
				t := "---"
				if e.Target != nil {
					t = e.Target.Code
				}
				o.Produced = append(o.Produced, triple(e.Source.Code, t, e.Code))
			}
			o.Produced = dedupe(o.Produced)
			o.Outcome = outcome(o.Expected, o.Produced)
		}
		res.count(&o)
		outs = append(outs, o)
	}
	t := &res.Triples
	if t.Produced > 0 {
		t.Precision = 100 * float64(t.Correct) / float64(t.Produced)
	}
	if t.Expected > 0 {
		t.Recall = 100 * float64(t.Correct) / float64(t.Expected)
	}
	return res, outs, nil
}

// expectsError reports whether a record expects an error rather than
// events.
func expectsError(r *petrarch.Record) bool {
	for _, c := range r.Expected {
		if c.Error != "" {
			return true
		}
	}
	return false
}

func triple(src, tgt, code string) string {
	if tgt == "" {
		tgt = "---"
	}
	return src + " " + tgt + " " + code
}

func dedupe(ts []string) []string {
	sort.Strings(ts)
	out := ts[:0]
	for i, t := range ts {
		if i == 0 || t != ts[i-1] {
			out = append(out, t)
		}
	}
	return out
}

func intersect(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	return n
}

func outcome(exp, got []string) string {
	switch {
	case len(exp) == 0 && len(got) == 0:
		return "exact"
	case len(exp) == 0:
		return "spurious"
	case len(got) == 0:
		return "missed"
	}
	n := intersect(exp, got)
	switch {
	case n == len(exp) && n == len(got):
		return "exact"
	case n > 0:
		return "partial"
	}
	return "wrong"
}

func (res *petrarchResult) count(o *recordOutcome) {
	cat := res.ByCategory[o.Record.Category]
	if cat == nil {
		cat = &petrarchCounts{}
		res.ByCategory[o.Record.Category] = cat
	}
	for _, c := range []*petrarchCounts{&res.petrarchCounts, cat} {
		c.Active++
		switch o.Outcome {
		case "exact":
			c.Exact++
		case "partial":
			c.Partial++
		case "wrong":
			c.Wrong++
		case "missed":
			c.Missed++
		case "spurious":
			c.Spurious++
		case "error":
			c.Errors++
		}
	}
	res.Triples.Expected += len(o.Expected)
	res.Triples.Produced += len(o.Produced)
	res.Triples.Correct += intersect(o.Expected, o.Produced)
}

func printPetrarch(w io.Writer, res *petrarchResult, outs []recordOutcome, verbose bool) {
	if verbose {
		for _, o := range outs {
			if o.Outcome == "exact" {
				continue
			}
			fmt.Fprintf(w, "%s [%s] %s\n  %s\n", o.Record.ID, o.Record.Category, o.Outcome, o.Record.Text)
			if o.Err != nil {
				fmt.Fprintf(w, "  error: %v\n", o.Err)
			}
			fmt.Fprintf(w, "  expected: %s\n", strings.Join(o.Expected, " | "))
			for _, e := range o.Events {
				t, tt := "---", ""
				if e.Target != nil {
					t, tt = e.Target.Code, e.Target.Text
				}
				fmt.Fprintf(w, "  produced: %s %s %s  (%q → %q; %s)\n", e.Source.Code, t, e.Code, e.Source.Text, tt, e.Rule)
			}
			fmt.Fprintln(w)
		}
	}
	cats := make([]string, 0, len(res.ByCategory))
	for c := range res.ByCategory {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	fmt.Fprintf(w, "parse: %s\n%-10s %6s %6s %7s %6s %6s %8s %6s\n", res.Parse, "category", "active", "exact", "partial", "wrong", "missed", "spurious", "errors")
	row := func(name string, c *petrarchCounts) {
		fmt.Fprintf(w, "%-10s %6d %6d %7d %6d %6d %8d %6d\n", name, c.Active, c.Exact, c.Partial, c.Wrong, c.Missed, c.Spurious, c.Errors)
	}
	for _, c := range cats {
		row(c, res.ByCategory[c])
	}
	row("all", &res.petrarchCounts)
	t := res.Triples
	fmt.Fprintf(w, "exact %d/%d (%.1f %%); triples: expected %d, produced %d, correct %d, precision %.1f %%, recall %.1f %%\n",
		res.Exact, res.Active, 100*float64(res.Exact)/float64(max(res.Active, 1)), t.Expected, t.Produced, t.Correct, t.Precision, t.Recall)
}

// evalPetrarch runs `eval petrarch`.
func evalPetrarch(ctx context.Context, env *Env, args []string, asJSON, verbose bool, dictDir, mode string) error {
	if len(args) != 1 {
		return usagef("usage: sandpiper eval petrarch [--json] [--verbose] [--dict-dir DIR] [--parse ours|supplied] FILE.xml")
	}
	var parse docParser
	switch mode {
	case "ours":
		m, err := loadModels(1)
		if err != nil {
			return err
		}
		parse = oursParser(pipeline.New(m))
	case "supplied":
		parse = suppliedParser()
	default:
		return usagef("--parse must be ours or supplied, not %q", mode)
	}
	suite, set, err := loadSuite(args[0], dictDir)
	if err != nil {
		return err
	}
	res, outs, err := runPetrarch(ctx, suite, set, parse, mode)
	if err != nil {
		return err
	}
	if asJSON {
		return json.NewEncoder(env.Stdout).Encode(res)
	}
	printPetrarch(env.Stdout, res, outs, verbose)
	if res.Active == 0 {
		return errors.New("no active records")
	}
	return nil
}
