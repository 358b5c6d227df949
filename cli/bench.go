package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"sandpiper/doc"
	"sandpiper/pipeline"
)

// benchResult is what `bench --json` prints.
type benchResult struct {
	Docs         int     `json:"docs"`
	Sentences    int     `json:"sentences"`
	Tokens       int     `json:"tokens"`
	Seconds      float64 `json:"seconds"`
	TokensPerSec float64 `json:"tokens_per_sec"`
	SentsPerSec  float64 `json:"sentences_per_sec"`
	LoadMS       float64 `json:"load_ms"`
	PeakRSSMB    float64 `json:"peak_rss_mb"`
	Beam         int     `json:"beam"`
}

func benchCmd() Command {
	return Command{
		Name:  "bench",
		Usage: "[--json] [--repeat N] [--beam N] FILE.jsonl|FILE.txt",
		Short: "measure end-to-end throughput on a news file",
		Long: `Runs the whole pipeline (segmentation, tagging, lemmatising, parsing) on one
goroutine over FILE: JSONL with a "text" field per line, or plain text.
--repeat runs the corpus several times. Prints documents, sentences and
tokens per second, model load time and the process's peak resident memory.`,
		Flags: func(fs *flag.FlagSet) func(context.Context, *Env, []string) error {
			asJSON := fs.Bool("json", false, "print JSON")
			repeat := fs.Int("repeat", 3, "passes over the corpus")
			beam := fs.Int("beam", 1, "parser beam width")
			return func(ctx context.Context, env *Env, args []string) error {
				if len(args) != 1 {
					return usagef("bench needs one input file")
				}
				texts, err := readTexts(args[0])
				if err != nil {
					return err
				}
				start := time.Now()
				m, err := loadModels(*beam)
				if err != nil {
					return err
				}
				res := benchResult{LoadMS: float64(time.Since(start).Microseconds()) / 1000, Beam: *beam}
				p := pipeline.New(m)
				start = time.Now()
				for r := 0; r < max(*repeat, 1); r++ {
					for i, t := range texts {
						d := &doc.Document{ID: strconv.Itoa(i), Text: t}
						if err := p.Process(ctx, d); err != nil {
							return err
						}
						res.Docs++
						res.Sentences += len(d.Sentences)
						res.Tokens += len(d.Tokens)
					}
				}
				res.Seconds = time.Since(start).Seconds()
				res.TokensPerSec = float64(res.Tokens) / res.Seconds
				res.SentsPerSec = float64(res.Sentences) / res.Seconds
				res.PeakRSSMB = peakRSSMB()
				if *asJSON {
					return json.NewEncoder(env.Stdout).Encode(res)
				}
				fmt.Fprintf(env.Stdout, "docs %d  sentences %d  tokens %d  in %.2fs\n%.0f tokens/s  %.0f sentences/s  (one goroutine, beam %d)\nmodel load %.0f ms  peak RSS %.0f MB\n",
					res.Docs, res.Sentences, res.Tokens, res.Seconds, res.TokensPerSec, res.SentsPerSec, res.Beam, res.LoadMS, res.PeakRSSMB)
				return nil
			}
		},
	}
}

// readTexts reads a JSONL file's "text" fields, or a whole plain-text file.
func readTexts(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(path, ".jsonl") {
		return []string{string(data)}, nil
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out = append(out, rec.Text)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", path, line+1, err)
	}
	return out, nil
}

// peakRSSMB reads the process's peak resident set size (Linux), or 0.
func peakRSSMB() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 64)
			return kb / 1024
		}
	}
	return 0
}
