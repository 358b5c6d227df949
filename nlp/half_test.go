package nlp

import (
	"math"
	"testing"
)

func TestHalfRoundTrip(t *testing.T) {
	for _, f := range []float32{0, 1, -1, 0.5, 3.14159, -123.456, 1e-3, -2.5e-4, 6e-5, 60000, 1e9, -1e9} {
		g := fromHalf(toHalf(f))
		want := f
		if math.Abs(float64(f)) > 65504 {
			want = float32(math.Copysign(65504, float64(f)))
		}
		if d := math.Abs(float64(g - want)); d > 1e-3*math.Abs(float64(want))+1e-7 {
			t.Errorf("half(%g) = %g", f, g)
		}
	}
}
