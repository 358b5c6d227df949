package text

import (
	"strings"
	"testing"

	"sandpiper/doc"
)

// sentences returns the text of each sentence Analyze finds in s.
func sentences(s string) []string {
	d := &doc.Document{Text: s}
	Analyze(d)
	out := make([]string, len(d.Sentences))
	for i := range d.Sentences {
		out[i] = d.SentenceText(i)
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two! Three? Four", []string{"One.", "Two!", "Three?", "Four"}},
		// Abbreviations and initials.
		{"Mr. Smith met Dr. Jones. They talked.", []string{"Mr. Smith met Dr. Jones.", "They talked."}},
		{"Lt. Col. Ann Lee and Gen. Bo Ray left. Then rain.", []string{"Lt. Col. Ann Lee and Gen. Bo Ray left.", "Then rain."}},
		{"J. R. R. Tolkien wrote it. George W. Bush read it.", []string{"J. R. R. Tolkien wrote it.", "George W. Bush read it."}},
		{"U.S. President Joe Biden spoke. He left.", []string{"U.S. President Joe Biden spoke.", "He left."}},
		{"He lives in the U.S. He likes it.", []string{"He lives in the U.S.", "He likes it."}},
		{"Apple Inc. Chief Executive Tim Cook spoke.", []string{"Apple Inc. Chief Executive Tim Cook spoke."}},
		{"They sold shares in Apple Inc. The stock fell.", []string{"They sold shares in Apple Inc.", "The stock fell."}},
		{"It starts at 10.30 a.m. Monday. It ends at 5 p.m. The rest is free.",
			[]string{"It starts at 10.30 a.m. Monday.", "It ends at 5 p.m.", "The rest is free."}},
		{"Fruit, nuts, etc. are sold. Also bread, etc. The end.",
			[]string{"Fruit, nuts, etc. are sold.", "Also bread, etc.", "The end."}},
		{"It was No. 5 on the list. Jan. 5 was cold.", []string{"It was No. 5 on the list.", "Jan. 5 was cold."}},
		{"Use e.g. apples. Or i.e. pears.", []string{"Use e.g. apples.", "Or i.e. pears."}},
		// Numbers.
		{"It grew 3.5 percent. Version 2.0.1 is out.", []string{"It grew 3.5 percent.", "Version 2.0.1 is out."}},
		{"It cost $5. 2020 was bad.", []string{"It cost $5.", "2020 was bad."}},
		// Quotes and brackets.
		{`He said "no." Then he left.`, []string{`He said "no."`, "Then he left."}},
		{`"Why?" he asked. "Because."`, []string{`"Why?" he asked.`, `"Because."`}},
		{"\u201cStop.\u201d \u201cWhy?\u201d", []string{"\u201cStop.\u201d", "\u201cWhy?\u201d"}},
		{"He left (for good.) She stayed.", []string{"He left (for good.)", "She stayed."}},
		{"It ended.\u201cNew quote,\u201d she said.", []string{"It ended.", "\u201cNew quote,\u201d she said."}},
		// Ellipses.
		{"Well... I think so. And then\u2026 Nothing.", []string{"Well...", "I think so.", "And then\u2026", "Nothing."}},
		{"He waited ... and waited.", []string{"He waited ... and waited."}},
		// Lower case after a bare stop starts a sentence (web text, iPhone).
		{"It sold well. iPhone sales rose.", []string{"It sold well.", "iPhone sales rose."}},
		// Line breaks.
		{"Headline here\nBody text starts. More.", []string{"Headline here", "Body text starts.", "More."}},
		{"Para one\n\nPara two", []string{"Para one", "Para two"}},
		{"first line, and\nthe second line.", []string{"first line, and\nthe second line."}},
		{"Friday, January 4, 2019\u00a0\n\n\nAn apartment building collapsed.", []string{"Friday, January 4, 2019", "An apartment building collapsed."}},
		{"1. First item here.\n2. Second item.", []string{"1. First item here.", "2. Second item."}},
		// Hard-wrapped text: single line breaks are spaces.
		{"The committee said on Tuesday that the new rules would take\neffect next year, after a review by the minister of finance\nand the central bank, which had asked for more time to\nprepare. Banks welcomed the decision, which was expected\nby Prime Minister Jane Doe.",
			[]string{"The committee said on Tuesday that the new rules would take\neffect next year, after a review by the minister of finance\nand the central bank, which had asked for more time to\nprepare.", "Banks welcomed the decision, which was expected\nby Prime Minister Jane Doe."}},
		// Datelines are left out of the first sentence.
		{"BEIRUT, Lebanon \u2014 Protests continued. Police fired.", []string{"Protests continued.", "Police fired."}},
	}
	for _, tt := range tests {
		got := sentences(tt.in)
		if strings.Join(got, "\u2016") != strings.Join(tt.want, "\u2016") {
			t.Errorf("sentences(%q)\n got: %q\nwant: %q", tt.in, got, tt.want)
		}
	}
}

// TestSplitPeriod checks that a sentence-final abbreviation loses its
// period to a token of its own, with consistent indices.
func TestSplitPeriod(t *testing.T) {
	d := &doc.Document{Text: "Fruit, etc. The end of the U.S. (and etc.) Done."}
	Analyze(d)
	checkDoc(t, d)
	var forms []string
	for i := range d.Sentences {
		forms = append(forms, show(d.SentenceTokens(i)))
	}
	want := []string{"Fruit , etc .", "The end of the U.S. ( and etc . )", "Done ."}
	if strings.Join(forms, "\u2016") != strings.Join(want, "\u2016") {
		t.Errorf("got %q\nwant %q", forms, want)
	}
}

func TestMaxSentenceTokens(t *testing.T) {
	s := strings.Repeat("word ", 1000) + strings.Repeat("one, two, ", 200)
	d := &doc.Document{Text: s}
	Analyze(d)
	checkDoc(t, d)
	for i, se := range d.Sentences {
		if se.Len() > MaxSentenceTokens {
			t.Fatalf("sentence %d has %d tokens", i, se.Len())
		}
	}
	// The comma list is cut after a comma.
	last := d.Sentences[len(d.Sentences)-2]
	if f := d.Tokens[last.Last-1].Form; f != "," {
		t.Errorf("over-long list cut after %q, want a comma", f)
	}
}

func TestFindDateline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"BEIRUT, Lebanon \u2014 Protesters gathered.", "BEIRUT, Lebanon \u2014"},
		{"WASHINGTON (AP) \u2014 The Senate voted.", "WASHINGTON (AP) \u2014"},
		{"LONDON (Reuters) - Britain's economy grew.", "LONDON (Reuters) -"},
		{"JERUSALEM \u2014 Israel said.", "JERUSALEM \u2014"},
		{"NEW YORK, March 3 (Reuters) - Stocks fell.", "NEW YORK, March 3 (Reuters) -"},
		{"KYIV, Ukraine, Jan. 5 \u2014 Russia struck.", "KYIV, Ukraine, Jan. 5 \u2014"},
		{"ST. LOUIS -- A man was shot.", "ST. LOUIS --"},
		{"RIO DE JANEIRO (AFP) \u2013 Brazil voted.", "RIO DE JANEIRO (AFP) \u2013"},
		{"Beirut, Lebanon \u2014 Protests.", "Beirut, Lebanon \u2014"},
		{"Rio de Janeiro (Reuters) - Brazil.", "Rio de Janeiro (Reuters) -"},
		{"Washington, D.C. \u2014 Congress met.", "Washington, D.C. \u2014"},
		{"(Bloomberg) -- Stocks rose.", "(Bloomberg) --"},
		{"PARIS\u2014France said.", "PARIS\u2014"},
		{"  \n WASHINGTON (AP) \u2014 Leading space.", "WASHINGTON (AP) \u2014"},
		{"Storm hits coast\nMonday, May 4, 2020\n\nMIAMI (AP) \u2014 A storm hit.", "MIAMI (AP) \u2014"},
		// Not datelines.
		{"US President Joe Biden said \u2014 again \u2014 that.", ""},
		{"US President Joe Biden \u2014 who spoke \u2014 left.", ""},
		{"Joe Biden \u2014 the president \u2014 spoke.", ""},
		{"The man \u2014 who was tall \u2014 left.", ""},
		{"Meanwhile, Lebanon \u2014 a small country \u2014 waited.", ""},
		{"In Beirut, Lebanon \u2014 protests.", ""},
		{"BREAKING \u2014 Something happened.", ""},
		{"WASHINGTON is a city \u2014 big.", ""},
		{"NATO-led forces - here", ""},
		{"He said - then left.", ""},
		{"Friday, January 4, 2019\u00a0\n\n\nAn apartment building collapsed.", ""},
		{"", ""},
		{"BEIRUT", ""},
	}
	for _, tt := range tests {
		sp := FindDateline(tt.in)
		got := ""
		if !sp.IsZero() {
			got = tt.in[sp.Start:sp.End]
			if sp.Label != DatelineLabel {
				t.Errorf("FindDateline(%q): label %q", tt.in, sp.Label)
			}
		}
		if got != tt.want {
			t.Errorf("FindDateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAnalyzeDateline(t *testing.T) {
	d := &doc.Document{Text: "WASHINGTON (AP) \u2014 The Senate voted. It passed."}
	Analyze(d)
	checkDoc(t, d)
	if got := d.Text[d.Dateline.Start:d.Dateline.End]; got != "WASHINGTON (AP) \u2014" {
		t.Errorf("dateline %q", got)
	}
	if got := d.SentenceText(0); got != "The Senate voted." {
		t.Errorf("first sentence %q", got)
	}
	for _, tk := range d.Tokens {
		if tk.Start < d.Dateline.End {
			t.Errorf("token %+v inside the dateline", tk)
		}
	}
	// Analyze replaces earlier results.
	d.Text = "No dateline here."
	Analyze(d)
	if !d.Dateline.IsZero() || len(d.Sentences) != 1 || len(d.Tokens) != 4 {
		t.Errorf("re-analysis: dateline %+v, %d sentences, %d tokens", d.Dateline, len(d.Sentences), len(d.Tokens))
	}
}

// checkDoc verifies the invariants of an analysed document: token
// invariants, sentences covering all tokens in order with matching byte
// spans, bounded length, and the dateline before every token.
func checkDoc(t testing.TB, d *doc.Document) {
	t.Helper()
	checkTokens(t, d.Text, d.Tokens)
	next := 0
	for i, s := range d.Sentences {
		if s.First != next || s.Last <= s.First || s.Last > len(d.Tokens) {
			t.Fatalf("sentence %d %+v: bad token range (want first %d of %d)", i, s, next, len(d.Tokens))
		}
		if s.Start != d.Tokens[s.First].Start || s.End != d.Tokens[s.Last-1].End {
			t.Fatalf("sentence %d %+v: byte span does not match its tokens", i, s)
		}
		if s.Len() > MaxSentenceTokens {
			t.Fatalf("sentence %d has %d tokens", i, s.Len())
		}
		next = s.Last
	}
	if next != len(d.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
	if dl := d.Dateline; !dl.IsZero() {
		if dl.Start < 0 || dl.Start >= dl.End || dl.End > len(d.Text) || dl.Label != DatelineLabel {
			t.Fatalf("bad dateline %+v", dl)
		}
		for _, tk := range d.Tokens {
			if tk.Start < dl.End && tk.End > dl.Start {
				t.Fatalf("token %+v overlaps the dateline %+v", tk, dl)
			}
		}
	}
}
