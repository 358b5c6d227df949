package lexicon

import (
	"fmt"
	"strings"
	"testing"
)

func scanAll(src string, semicolon bool) []string {
	var out []string
	sc := newLineScanner(src, semicolon)
	for {
		ln, ok := sc.next()
		if !ok {
			return out
		}
		out = append(out, fmt.Sprintf("%d:%s|%s", ln.num, strings.TrimSpace(ln.text), ln.comment))
	}
}

func TestLineScanner(t *testing.T) {
	src := "# comment\r\n" +
		"A  # trailing\r\n" +
		"<!-- whole line -->\n" +
		"<! -- malformed but skipped -->\n" +
		"B <!-- inline --> C\n" +
		"<!--\n" +
		"inside [X]\n" +
		"-->\n" +
		"D <!-- opens\n" +
		"still inside\n" +
		"closes --> E\n" +
		"   \t\n" +
		"- * X [###]  # -PAS\n" +
		"F ;tony 3/9/91\n" +
		"G [a#b] # c\n" +
		"H [unclosed # comment\n" +
		"last line without newline"
	got := strings.Join(scanAll(src, true), "\n")
	want := strings.Join([]string{
		"2:A|trailing",
		"5:B   C|",
		"9:D|",
		"11:E|",
		"13:- * X [###]|-PAS",
		"14:F|tony 3/9/91",
		"15:G [a#b]|c",
		"16:H [unclosed|comment",
		"17:last line without newline|",
	}, "\n")
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// Without semicolon comments, ';' is text.
	if got := scanAll("F ;x\n", false); len(got) != 1 || got[0] != "1:F ;x|" {
		t.Errorf("semicolon off: %q", got)
	}
	// A "<!" line opening an unclosed comment runs to the next "-->".
	if got := scanAll("<!-- start\n# x\nY\n-->\nZ\n", false); len(got) != 1 || got[0] != "5:Z|" {
		t.Errorf("multi-line comment: %q", got)
	}
}

func TestUpper(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"ABC", "ABC"},
		{"abc", "ABC"},
		{"Peña", "PEÑA"},
		{"ERDOĞAN", "ERDOĞAN"},
		{"a\xffb", "A\xffB"},
		{"", ""},
	} {
		if got := upper(tc.in); got != tc.want {
			t.Errorf("upper(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := strings.Join(phraseWords("  ABU_ABDULLAH__ x y_"), ","); got != "ABU,ABDULLAH,X,Y" {
		t.Errorf("phraseWords = %s", got)
	}
}

func TestErrorList(t *testing.T) {
	var l ErrorList
	if l.Err() != nil || l.Error() != "no errors" {
		t.Errorf("empty list")
	}
	l.Add(Pos{"b", 2}, "x")
	l.Addf(Pos{"a", 9}, "y %d", 1)
	l.Add(Pos{"a", 3}, "z")
	l.Add(Pos{"a", 0}, "whole file")
	l.Sort()
	if got := l.Error(); got != "a: whole file (and 3 more errors)" {
		t.Errorf("Error() = %q", got)
	}
	var lines []string
	for _, e := range l {
		lines = append(lines, e.Error())
	}
	if got := strings.Join(lines, ";"); got != "a: whole file;a:3: z;a:9: y 1;b:2: x" {
		t.Errorf("sorted = %s", got)
	}
	if l[:1].Error() != "a: whole file" {
		t.Errorf("single error")
	}
}
