package coder_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"
	"time"

	"sandpiper/coder"
	"sandpiper/doc"
	"sandpiper/lexicon"
	"sandpiper/nlp"
	"sandpiper/pipeline"
)

const (
	dictDir  = "../../shared/data/petrarch/dictionaries"
	newsPath = "../../shared/data/news/wikinews_2019_2020.jsonl"
)

// phoenix loads CAMEO.2.0.txt and the Phoenix dictionaries.
func phoenix(tb testing.TB) *lexicon.Set {
	tb.Helper()
	if _, err := os.Stat(dictDir); err != nil {
		tb.Skip("../shared is missing")
	}
	set, err := lexicon.LoadDir(dictDir, "CAMEO.2.0.txt", "Phoenix.*")
	if err != nil {
		tb.Fatal(err)
	}
	return set
}

// news reads the Wikinews articles.
func news(tb testing.TB) []*doc.Document {
	tb.Helper()
	f, err := os.Open(newsPath)
	if err != nil {
		tb.Skip("../shared is missing")
	}
	defer f.Close()
	var out []*doc.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var r struct{ ID, Date, Text string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			tb.Fatal(err)
		}
		out = append(out, &doc.Document{ID: r.ID, Date: r.Date, Text: r.Text})
	}
	return out
}

// TestPhoenixLoad reports the load and compile time of the Phoenix set
// (the target is under 300 ms) and codes the news with it.
func TestPhoenixLoad(t *testing.T) {
	start := time.Now()
	set := phoenix(t)
	c, err := coder.New(set, coder.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Phoenix dictionaries loaded and compiled in %v", time.Since(start))
	if testing.Short() {
		return
	}
	m, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(m)
	docs := news(t)
	n := 0
	for _, d := range docs[:min(len(docs), 40)] {
		if err := p.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		evs, err := c.Code(context.Background(), d, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			if e.Source.Span.End > len(d.Text) || e.Verb.Start >= e.Verb.End || e.ID == "" {
				t.Fatalf("bad event %+v", e)
			}
		}
		n += len(evs)
	}
	t.Logf("%d events from %d articles", n, min(len(docs), 40))
}

// BenchmarkPipelineAndCode measures tokenise + tag + parse + code on the
// Wikinews articles, one goroutine, in sentences per second.
func BenchmarkPipelineAndCode(b *testing.B) {
	set := phoenix(b)
	c, err := coder.New(set, coder.DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	m, err := nlp.Default()
	if err != nil {
		b.Fatal(err)
	}
	p := pipeline.New(m)
	docs := news(b)
	ctx := context.Background()
	sents := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range docs {
			d := &doc.Document{ID: src.ID, Date: src.Date, Text: src.Text}
			if err := p.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
			if _, err := c.Code(ctx, d, time.Time{}); err != nil {
				b.Fatal(err)
			}
			sents += len(d.Sentences)
		}
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkCode measures the coder alone on parsed Wikinews articles.
func BenchmarkCode(b *testing.B) {
	set := phoenix(b)
	c, err := coder.New(set, coder.DefaultOptions())
	if err != nil {
		b.Fatal(err)
	}
	m, err := nlp.Default()
	if err != nil {
		b.Fatal(err)
	}
	p := pipeline.New(m)
	docs := news(b)
	ctx := context.Background()
	sents := 0
	for _, d := range docs {
		if err := p.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := c.Code(ctx, d, time.Time{}); err != nil {
				b.Fatal(err)
			}
			sents += len(d.Sentences)
		}
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkLoadPhoenix measures reading the Phoenix dictionaries and
// compiling their patterns.
func BenchmarkLoadPhoenix(b *testing.B) {
	for i := 0; i < b.N; i++ {
		set := phoenix(b)
		if _, err := coder.New(set, coder.DefaultOptions()); err != nil {
			b.Fatal(err)
		}
	}
}
