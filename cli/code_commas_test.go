package cli

import (
	"testing"

	"sandpiper/coder"
)

func TestParseCommas(t *testing.T) {
	c, err := parseCommas("2,8,0,0,2,8")
	if err != nil || c != coder.DefaultCommaOptions() {
		t.Errorf("the flag's default %+v, %v is not the coder's %+v", c, err, coder.DefaultCommaOptions())
	}
	if c, err := parseCommas("OFF"); err != nil || c != (coder.CommaOptions{}) {
		t.Errorf("off: %+v, %v", c, err)
	}
	if c, err := parseCommas("4, 6, 3, 6, 3, 6"); err != nil || c != (coder.CommaOptions{Min: 4, Max: 6, BMin: 3, BMax: 6, EMin: 3, EMax: 6}) {
		t.Errorf("got %+v, %v", c, err)
	}
	for _, bad := range []string{"", "1,2,3", "1,2,3,4,5,x", "1,2,3,4,5,-1"} {
		if _, err := parseCommas(bad); err == nil {
			t.Errorf("%q was accepted", bad)
		}
	}
}
