package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"sandpiper/coder"
	"sandpiper/doc"
	"sandpiper/lexicon"
	"sandpiper/pipeline"
)

// listFlag collects a repeatable flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func codeCmd() Command {
	return Command{
		Name:  "code",
		Usage: "[--date YYYY-MM-DD] --dict FILE_OR_DIR … [--format jsonl|tsv|table] [FILE … | -]",
		Short: "code political events (CAMEO) from news text",
		Long: `Reads articles, parses them and codes CAMEO events with PETRARCH 2 / TABARI
dictionaries. A FILE is a plain-text article (its doc_id is the file name,
its date --date) or a .jsonl file with one document per line:
{"id","date","url","title","text"}. With no FILE or "-", standard input is
read as one plain-text article.

--dict names a dictionary file or a directory of them (repeatable); the
kind of each file is told from its name (verbs/CAMEO, actors, agents,
discards, issues). It is required until Sandpiper has default dictionaries.

Output (jsonl), one object per event, in document and sentence order:
{"id","doc_id","sentence","date","source":{"text","code","country","sector"},
"target":{…}|null,"cameo","cameo_root","evidence":{"sentence","source":[b,e],
"verb":[b,e],"target":[b,e]|null},"rule"}. Offsets are bytes into the
document text; rule is the dictionary file:line that fired. Bad input lines
are reported as FILE:LINE and skipped; the exit code is then 1.`,
		Flags: func(fs *flag.FlagSet) func(context.Context, *Env, []string) error {
			date := fs.String("date", "", "story date of plain-text input, YYYY-MM-DD")
			var dicts listFlag
			fs.Var(&dicts, "dict", "dictionary file or directory (repeatable; required)")
			format := fs.String("format", "jsonl", "output format: jsonl, tsv or table")
			requireDyad := fs.Bool("require-dyad", true, "drop events without both a source and a target")
			newActor := fs.Int("new-actor-length", 0, "code unknown noun phrases of at most N words as new actors (0: off)")
			commas := fs.String("commas", "2,8,0,0,2,8", "skip comma-delimited clauses of MIN,MAX words inside, BMIN,BMAX at the start, EMIN,EMAX at the end (PETRARCH's comma_* options; a MAX of 0 or \"off\" turns a check off)")
			return func(ctx context.Context, env *Env, args []string) error {
				if len(dicts) == 0 {
					return usagef("--dict is required: Sandpiper has no default dictionaries yet (e.g. --dict ../shared/data/petrarch/dictionaries)")
				}
				switch *format {
				case "jsonl", "tsv", "table":
				default:
					return usagef("--format must be jsonl, tsv or table, not %q", *format)
				}
				var day time.Time
				if *date != "" {
					t, err := time.Parse("2006-01-02", *date)
					if err != nil {
						return usagef("--date %q is not YYYY-MM-DD", *date)
					}
					day = t
				}
				start := time.Now()
				set, err := loadDicts(dicts)
				if err != nil {
					return err
				}
				co, err := parseCommas(*commas)
				if err != nil {
					return usagef("--commas: %v", err)
				}
				c, err := coder.New(set, coder.Options{RequireDyad: *requireDyad, NewActorLength: *newActor, Commas: co})
				if err != nil {
					return err
				}
				m, err := loadModels(1)
				if err != nil {
					return err
				}
				env.Log.Debug("loaded", "ms", time.Since(start).Milliseconds())
				w := newEventWriter(env.Stdout, *format)
				r := &codeRun{env: env, p: pipeline.New(m), c: c, date: *date, day: day, w: w}
				if len(args) == 0 {
					args = []string{"-"}
				}
				for _, a := range args {
					if err := r.file(ctx, a); err != nil {
						return err
					}
				}
				if err := w.flush(); err != nil {
					return err
				}
				if r.bad > 0 {
					return fmt.Errorf("%d bad input line(s) skipped", r.bad)
				}
				return nil
			}
		},
	}
}

// codeRun holds the state of one `code` run.
type codeRun struct {
	env  *Env
	p    *pipeline.Pipeline
	c    *coder.Coder
	date string
	day  time.Time
	w    *eventWriter
	bad  int
}

// inputDoc is one JSONL input line.
type inputDoc struct {
	ID    string  `json:"id"`
	Date  string  `json:"date"`
	URL   string  `json:"url"`
	Title string  `json:"title"`
	Text  *string `json:"text"`
}

func (r *codeRun) file(ctx context.Context, name string) error {
	var in io.Reader
	if name == "-" {
		in = r.env.Stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	if !strings.HasSuffix(name, ".jsonl") {
		data, err := io.ReadAll(io.LimitReader(in, maxInput+1))
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		if len(data) > maxInput {
			return fmt.Errorf("read %s: input larger than %d bytes", name, maxInput)
		}
		d := &doc.Document{ID: filepath.Base(name), Date: r.date, Text: string(data)}
		return r.doc(ctx, d)
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), maxInput)
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var rec inputDoc
		if err := json.Unmarshal(b, &rec); err != nil {
			r.badLine(name, line, err.Error())
			continue
		}
		if rec.Text == nil {
			r.badLine(name, line, `no "text" field`)
			continue
		}
		if rec.Date != "" {
			if _, err := time.Parse("2006-01-02", rec.Date); err != nil {
				r.badLine(name, line, fmt.Sprintf("date %q is not YYYY-MM-DD", rec.Date))
				continue
			}
		} else {
			rec.Date = r.date
		}
		if rec.ID == "" {
			rec.ID = name + ":" + strconv.Itoa(line)
		}
		d := &doc.Document{ID: rec.ID, Date: rec.Date, URL: rec.URL, Title: rec.Title, Text: *rec.Text}
		if err := r.doc(ctx, d); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return nil
}

func (r *codeRun) badLine(name string, line int, msg string) {
	r.bad++
	fmt.Fprintf(r.env.Stderr, "%s:%d: %s\n", name, line, msg)
}

func (r *codeRun) doc(ctx context.Context, d *doc.Document) error {
	if err := r.p.Process(ctx, d); err != nil {
		return err
	}
	evs, err := r.c.Code(ctx, d, r.day)
	if err != nil {
		return err
	}
	for i := range evs {
		if err := r.w.write(d, &evs[i]); err != nil {
			return err
		}
	}
	return nil
}

// loadDicts reads dictionary files and directories into one Set.
func loadDicts(paths []string) (*lexicon.Set, error) {
	files := dictFS{}
	var names []string
	add := func(p string) {
		key := filepath.Base(p)
		if _, dup := files[key]; dup || !fs.ValidPath(key) {
			key = strconv.Itoa(len(names)) + "/" + key
		}
		files[key] = p
		names = append(names, key)
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			add(p)
			continue
		}
		ents, err := os.ReadDir(p)
		if err != nil {
			return nil, err
		}
		for _, e := range ents {
			if !e.IsDir() && lexicon.KindOf(e.Name()) != lexicon.KindUnknown {
				add(filepath.Join(p, e.Name()))
			}
		}
	}
	if len(names) == 0 {
		return nil, errors.New("no dictionary files found")
	}
	return lexicon.Options{}.LoadFS(files, names...)
}

// dictFS serves named files from their paths on disk.
type dictFS map[string]string

func (m dictFS) Open(name string) (fs.File, error) {
	p, ok := m[name]
	if !ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return os.Open(p)
}

// ReadDir lists nothing: files are always named.
func (m dictFS) ReadDir(string) ([]fs.DirEntry, error) { return nil, nil }

// eventJSON is one output line of `code`.
type eventJSON struct {
	ID       string     `json:"id"`
	DocID    string     `json:"doc_id"`
	Sentence int        `json:"sentence"`
	Date     string     `json:"date"`
	Source   actorJSON  `json:"source"`
	Target   *actorJSON `json:"target"`
	CAMEO    string     `json:"cameo"`
	Root     string     `json:"cameo_root"`
	Evidence struct {
		Sentence string  `json:"sentence"`
		Source   [2]int  `json:"source"`
		Verb     [2]int  `json:"verb"`
		Target   *[2]int `json:"target"`
	} `json:"evidence"`
	Rule string `json:"rule"`
}

type actorJSON struct {
	Text    string `json:"text"`
	Code    string `json:"code"`
	Country string `json:"country"`
	Sector  string `json:"sector"`
}

func toActorJSON(a coder.Actor) actorJSON {
	return actorJSON{Text: a.Text, Code: a.Code, Country: a.Country, Sector: a.Sector}
}

// eventWriter prints events in one of the formats.
type eventWriter struct {
	format string
	out    io.Writer
	enc    *json.Encoder
	tw     *tabwriter.Writer
	header bool
}

func newEventWriter(w io.Writer, format string) *eventWriter {
	ew := &eventWriter{format: format, out: w}
	switch format {
	case "jsonl":
		ew.enc = json.NewEncoder(w)
		ew.enc.SetEscapeHTML(false)
	case "table":
		ew.tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		ew.out = ew.tw
	}
	return ew
}

func (w *eventWriter) write(d *doc.Document, e *coder.Event) error {
	tcode, ttext := "", ""
	if e.Target != nil {
		tcode, ttext = e.Target.Code, e.Target.Text
	}
	switch w.format {
	case "jsonl":
		j := eventJSON{ID: e.ID, DocID: e.DocID, Sentence: e.Sentence, Date: e.Date,
			Source: toActorJSON(e.Source), CAMEO: e.Code, Root: e.Root(), Rule: e.Rule}
		if e.Target != nil {
			t := toActorJSON(*e.Target)
			j.Target = &t
			j.Evidence.Target = &[2]int{e.Target.Span.Start, e.Target.Span.End}
		}
		j.Evidence.Sentence = d.Text[e.SentenceSpan.Start:e.SentenceSpan.End]
		j.Evidence.Source = [2]int{e.Source.Span.Start, e.Source.Span.End}
		j.Evidence.Verb = [2]int{e.Verb.Start, e.Verb.End}
		return w.enc.Encode(j)
	case "tsv":
		if !w.header {
			w.header = true
			if _, err := fmt.Fprintln(w.out, "id\tdoc_id\tsentence\tdate\tsource\ttarget\tcameo\tsource_text\tverb\ttarget_text\trule"); err != nil {
				return err
			}
		}
		_, err := fmt.Fprintf(w.out, "%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.ID, tsvField(e.DocID), e.Sentence, e.Date,
			e.Source.Code, tcode, e.Code, tsvField(e.Source.Text), tsvField(d.Text[e.Verb.Start:e.Verb.End]), tsvField(ttext), e.Rule)
		return err
	default:
		if !w.header {
			w.header = true
			fmt.Fprintln(w.out, "DOC\tSENT\tSOURCE\tCAMEO\tTARGET\tVERB\tEVIDENCE")
		}
		_, err := fmt.Fprintf(w.out, "%s\t%d\t%s\t%s\t%s\t%s\t%s → %s\n", e.DocID, e.Sentence, e.Source.Code, e.Code, orDash(tcode),
			d.Text[e.Verb.Start:e.Verb.End], clip(e.Source.Text, 30), clip(ttext, 30))
		return err
	}
}

func (w *eventWriter) flush() error {
	if w.tw != nil {
		return w.tw.Flush()
	}
	return nil
}

func tsvField(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func clip(s string, n int) string {
	s = tsvField(s)
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// parseCommas reads the --commas flag: "off", or six non-negative
// integers MIN,MAX,BMIN,BMAX,EMIN,EMAX.
func parseCommas(v string) (coder.CommaOptions, error) {
	if strings.EqualFold(strings.TrimSpace(v), "off") {
		return coder.CommaOptions{}, nil
	}
	parts := strings.Split(v, ",")
	if len(parts) != 6 {
		return coder.CommaOptions{}, fmt.Errorf("%q: want off or MIN,MAX,BMIN,BMAX,EMIN,EMAX", v)
	}
	var n [6]int
	for i, p := range parts {
		x, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || x < 0 {
			return coder.CommaOptions{}, fmt.Errorf("%q is not a non-negative integer", p)
		}
		n[i] = x
	}
	return coder.CommaOptions{Min: n[0], Max: n[1], BMin: n[2], BMax: n[3], EMin: n[4], EMax: n[5]}, nil
}
