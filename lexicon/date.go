package lexicon

import (
	"fmt"
	"strings"
	"time"
)

// Date is a calendar day written as the number yyyymmdd (19950601), so
// that dates compare as integers. The zero Date is "no date".
type Date int32

// DateOf returns the calendar day of t in t's own location; the time of
// day is ignored.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date(y*10000 + int(m)*100 + d)
}

// Year, Month and Day take a Date apart.
func (d Date) Year() int         { return int(d) / 10000 }
func (d Date) Month() time.Month { return time.Month(int(d) / 100 % 100) }
func (d Date) Day() int          { return int(d) % 100 }

// String returns the date as YYYY-MM-DD.
func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year(), int(d.Month()), d.Day())
}

// ParseDate reads a dictionary date with PETRARCH's rules
// (PETRreader.dstr_to_ordate):
//
//   - a string of at most 7 characters is YYMMDD, read from its first six
//     digits; the century is 20 for YY 00–30 and 19 for YY 31–99, the
//     convention of KEDS and TABARI;
//   - a longer string is YYYYMMDD, read from its first eight digits;
//   - the month must be 1–12 and the day must exist in that month of that
//     year (Gregorian leap years).
//
// trailing reports that digits beyond the six or eight were ignored, as
// PETRARCH ignores them ("9008223", "201005011", "1920030320" occur in
// Phoenix.Countries.actors.txt). Every character must be a digit.
func ParseDate(s string) (d Date, trailing bool, err error) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false, fmt.Errorf("invalid date %q: not all digits", s)
		}
	}
	var y, m, day int
	switch {
	case len(s) < 6:
		return 0, false, fmt.Errorf("invalid date %q: want YYMMDD or YYYYMMDD", s)
	case len(s) <= 7:
		y = atoi(s[0:2])
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
		m, day = atoi(s[2:4]), atoi(s[4:6])
		trailing = len(s) > 6
	default:
		y, m, day = atoi(s[0:4]), atoi(s[4:6]), atoi(s[6:8])
		trailing = len(s) > 8
	}
	if m < 1 || m > 12 || day < 1 || day > daysIn(y, m) {
		return 0, false, fmt.Errorf("invalid date %q: no day %04d-%02d-%02d", s, y, m, day)
	}
	return Date(y*10000 + m*100 + day), trailing, nil
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// Restriction says on which days a DatedCode applies.
type Restriction uint8

const (
	// Always: no date restriction; a default code.
	Always Restriction = iota
	// Before: on or before To ("<date").
	Before
	// After: on or after From (">date").
	After
	// Between: from From to To, both included ("date-date").
	Between
)

func (r Restriction) String() string {
	switch r {
	case Always:
		return "always"
	case Before:
		return "before"
	case After:
		return "after"
	case Between:
		return "between"
	}
	return fmt.Sprintf("Restriction(%d)", uint8(r))
}

// DatedCode is an actor code with an optional date restriction, from
// "[CODE]", "[CODE <YYMMDD]", "[CODE >YYMMDD]" or "[CODE YYMMDD-YYMMDD]".
// Limits are inclusive, as the PETRARCH documentation says ("interpreted as
// 'or equal to'") and as its unit tests expect (Sam Gamgee is ORCHOB on
// 20100112, the last day of [ORCHOB 20100109-20100112]).
type DatedCode struct {
	Code     Code
	Kind     Restriction
	From, To Date // From for After and Between, To for Before and Between
}

// Covers reports whether the code applies on day d.
func (c DatedCode) Covers(d Date) bool {
	switch c.Kind {
	case Always:
		return true
	case Before:
		return d <= c.To
	case After:
		return d >= c.From
	case Between:
		return c.From <= d && d <= c.To
	}
	return false
}

// String renders the code in dictionary syntax, dates as YYYYMMDD.
func (c DatedCode) String() string {
	switch c.Kind {
	case Before:
		return fmt.Sprintf("[%s <%08d]", c.Code, int(c.To))
	case After:
		return fmt.Sprintf("[%s >%08d]", c.Code, int(c.From))
	case Between:
		return fmt.Sprintf("[%s %08d-%08d]", c.Code, int(c.From), int(c.To))
	}
	return "[" + string(c.Code) + "]"
}

// parseDatedCode reads the inside of an actor's "[...]": a code, then an
// optional restriction. Blanks inside the restriction are ignored, so
// "< 950601" and "19950601 - 19990815" (PETR.Validate.actors.txt) read as
// "<950601" and "19950601-19990815". A lone date with neither '<', '>' nor
// a range (Phoenix.Countries.actors.txt: "[MNEGOV 20121204]") is read as
// ">date", the branch PETRARCH 2's check_date takes for it; warn reports
// this and ignored trailing digits.
func parseDatedCode(s string) (c DatedCode, warn string, err error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return c, "", fmt.Errorf("empty code []")
	}
	c.Code = Code(f[0])
	spec := strings.Join(f[1:], "")
	if spec == "" {
		return c, "", nil
	}
	date := func(s string) Date {
		if err != nil {
			return 0
		}
		d, trailing, e := ParseDate(s)
		if e != nil {
			err = e
		} else if trailing {
			warn = fmt.Sprintf("date %q has extra digits; read as %s as PETRARCH does", s, d)
		}
		return d
	}
	switch {
	case spec[0] == '<':
		c.Kind, c.To = Before, date(spec[1:])
	case spec[0] == '>':
		c.Kind, c.From = After, date(spec[1:])
	case strings.Count(spec, "-") == 1:
		i := strings.IndexByte(spec, '-')
		c.Kind, c.From, c.To = Between, date(spec[:i]), date(spec[i+1:])
		if err == nil && c.From > c.To {
			warn = fmt.Sprintf("date range %s covers no day", spec)
		}
	case strings.Contains(spec, "-"):
		return DatedCode{}, "", fmt.Errorf("invalid date restriction %q", spec)
	default:
		c.Kind, c.From = After, date(spec)
		if err == nil && warn == "" {
			warn = fmt.Sprintf("date %q has no '<', '>' or range; read as >%s", spec, spec)
		}
	}
	if err != nil {
		return DatedCode{}, "", err
	}
	return c, warn, nil
}
