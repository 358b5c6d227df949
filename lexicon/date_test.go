package lexicon

import (
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in       string
		want     Date
		trailing bool
		bad      bool
	}{
		{"950601", 19950601, false, false},
		{"000101", 20000101, false, false},
		{"301231", 20301231, false, false}, // YY 00–30 → 20YY
		{"310101", 19310101, false, false}, // YY 31–99 → 19YY
		{"19411207", 19411207, false, false},
		{"18631119", 18631119, false, false},
		{"9008223", 19900822, true, false},    // 7 digits: YYMMDD
		{"201005011", 20100501, true, false},  // 9 digits: YYYYMMDD
		{"1920030320", 19200303, true, false}, // 10 digits
		{"20120229", 20120229, false, false},  // leap year
		{"20000229", 20000229, false, false},  // divisible by 400
		{"19000229", 0, false, true},          // divisible by 100
		{"20100931", 0, false, true},          // 30 days have September
		{"991332", 0, false, true},            // no month 13
		{"990100", 0, false, true},            // no day 0
		{"9901", 0, false, true},              // too short
		{"99-01-01", 0, false, true},          // not digits
		{"", 0, false, true},
	} {
		d, trailing, err := ParseDate(tc.in)
		if (err != nil) != tc.bad || d != tc.want || trailing != tc.trailing {
			t.Errorf("ParseDate(%q) = %d %v %v", tc.in, d, trailing, err)
		}
	}
	d := DateOf(time.Date(2013, 1, 19, 23, 59, 0, 0, time.UTC))
	if d != 20130119 || d.Year() != 2013 || d.Month() != time.January || d.Day() != 19 || d.String() != "2013-01-19" {
		t.Errorf("DateOf = %d %s", d, d)
	}
}

func TestParseDatedCode(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want DatedCode
		warn bool
		bad  bool
	}{
		{"AFG", DatedCode{Code: "AFG"}, false, false},
		{"AFGGOV >011222", DatedCode{Code: "AFGGOV", Kind: After, From: 20011222}, false, false},
		{"HOB < 950601", DatedCode{Code: "HOB", Kind: Before, To: 19950601}, false, false},
		{"HOBGOV 19950601 - 19990815", DatedCode{Code: "HOBGOV", Kind: Between, From: 19950601, To: 19990815}, false, false},
		{"IGOUNO  >070201", DatedCode{Code: "IGOUNO", Kind: After, From: 20070201}, false, false},
		{"--- <950630", DatedCode{Code: Null, Kind: Before, To: 19950630}, false, false},
		{"MNEGOV 20121204", DatedCode{Code: "MNEGOV", Kind: After, From: 20121204}, true, false},
		{"EGYGOV 20121207-20120802", DatedCode{Code: "EGYGOV", Kind: Between, From: 20121207, To: 20120802}, true, false},
		{"X 1-2-3", DatedCode{}, false, true},
		{"X <991332", DatedCode{}, false, true},
		{"", DatedCode{}, false, true},
	} {
		c, warn, err := parseDatedCode(tc.in)
		if (err != nil) != tc.bad || c != tc.want || (warn != "") != tc.warn {
			t.Errorf("parseDatedCode(%q) = %+v %q %v", tc.in, c, warn, err)
		}
	}
	c := DatedCode{Code: "X", Kind: Between, From: 20000101, To: 20001231}
	for d, want := range map[Date]bool{19991231: false, 20000101: true, 20000615: true, 20001231: true, 20010101: false} {
		if c.Covers(d) != want {
			t.Errorf("Covers(%d) = %v", d, !want)
		}
	}
	if c.String() != "[X 20000101-20001231]" || Between.String() != "between" {
		t.Errorf("String = %s", c)
	}
}

func TestCodes(t *testing.T) {
	for _, tc := range []struct {
		code          Code
		first, second Code
		paired        bool
	}{
		{"190", "190", "", false},
		{"042:043", "042", "043", true},
		{":173", "", "173", true},
		{Null, Null, "", false},
	} {
		f, s, p := tc.code.Split()
		if f != tc.first || s != tc.second || p != tc.paired {
			t.Errorf("Split(%s) = %q %q %v", tc.code, f, s, p)
		}
	}
	if !Null.IsNull() || Code("0874").IsNull() {
		t.Errorf("IsNull")
	}
	for _, tc := range []struct {
		in  string
		ok  bool
		out string
	}{{"~GOV", true, "~GOV"}, {"NGO~", true, "NGO~"}, {"GOV", false, ""}, {"~", false, ""}, {"~A~", false, ""}} {
		c, ok := parseAgentCode(tc.in)
		if ok != tc.ok || (ok && c.String() != tc.out) {
			t.Errorf("parseAgentCode(%q) = %+v %v", tc.in, c, ok)
		}
	}
}

func TestInflection(t *testing.T) {
	for _, tc := range []struct {
		stem string
		in   Inflection
		want string
	}{
		{"ASK", PETRARCH, "ASKS ASKED ASKING"},
		{"ACCUSE", PETRARCH, "ACCUSES ACCUSED ACCUSING"},
		{"FREE", PETRARCH, "FREES FREED FREEING"},
		{"HURRY", PETRARCH, "HURRIES HURRYED HURRYING"},
		{"MASS", PETRARCH, "MASSES MASSED MASSING"},
		{"FIX", PETRARCH, "FIXES FIXED FIXING"},
		{"LASH", PETRARCH, "LASHS LASHED LASHING"},
		{"STOP", PETRARCH, "STOPS STOPED STOPING"},
		{"STOP", English, "STOPS STOPED STOPING STOPPED STOPPING"},
		{"HURRY", English, "HURRIES HURRYED HURRYING HURRIED"},
		{"DELAY", English, "DELAIES DELAYED DELAYING DELAYS"},
		{"LASH", English, "LASHS LASHED LASHING LASHES"},
		{"TIE", English, "TIES TIED TIEING TYING"},
		{"ARGUE", English, "ARGUES ARGUED ARGUEING ARGUING"},
		{"QUIT", English, "QUITS QUITED QUITING"},
		{"VIEW", English, "VIEWS VIEWED VIEWING"},
		{"", PETRARCH, ""},
	} {
		if got := strings.Join(verbForms(tc.stem, tc.in), " "); got != tc.want {
			t.Errorf("verbForms(%s, %s) = %s, want %s", tc.stem, tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		noun string
		in   Inflection
		want string
	}{
		{"DOLLAR", PETRARCH, "DOLLARS"},
		{"PENNY", PETRARCH, "PENNIES"},
		{"CONGRESS", PETRARCH, "CONGRESSES"},
		{"BUS", PETRARCH, "BUSS"},
		{"ENVOY", English, "ENVOIES ENVOYS"},
		{"BUS", English, "BUSS BUSES"},
		{"CHURCH", English, "CHURCHS CHURCHES"},
		{"CONGRESS", English, "CONGRESSES"},
	} {
		if got := strings.Join(plural(tc.noun, tc.in), " "); got != tc.want {
			t.Errorf("plural(%s, %s) = %s, want %s", tc.noun, tc.in, got, tc.want)
		}
	}
	if PETRARCH.String() != "petrarch" || English.String() != "english" {
		t.Errorf("Inflection.String")
	}
}
